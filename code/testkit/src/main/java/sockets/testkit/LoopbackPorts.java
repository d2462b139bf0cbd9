package sockets.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Ports on 127.0.0.1 that tests need in a known state, without ever naming a fixed port. */
public final class LoopbackPorts {

    /** Sockets that hold their ports for as long as the test JVM lives. */
    private static final List<Socket> HELD = new CopyOnWriteArrayList<>();

    private LoopbackPorts() {
    }

    /**
     * A port where nothing listens, and nothing will while the tests run: a socket is bound to
     * it and kept, but never listens. The kernel answers a SYN to it with a reset (RST), so a
     * connect is refused at once. (A port merely bound and closed again could be taken by a
     * test running beside this one.)
     */
    public static int closed() {
        var holder = new Socket();
        try {
            holder.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            HELD.add(holder);
            return holder.getLocalPort();
        } catch (IOException e) {
            try {
                holder.close();
            } catch (IOException ignored) {
                // the bind failed: nothing was held
            }
            throw new UncheckedIOException("could not bind a loopback port", e);
        }
    }
}
