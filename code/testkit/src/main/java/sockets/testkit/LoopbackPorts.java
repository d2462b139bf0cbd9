package sockets.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Ports on 127.0.0.1 that tests need in a known state, without ever naming a fixed port. */
public final class LoopbackPorts {

    private LoopbackPorts() {
    }

    /**
     * A port where nothing listens: bound to port 0, then closed. The kernel answers a SYN to
     * it with a reset (RST), so a connect is refused at once. (Another program could take the
     * port in between; on a test machine that is rare enough to ignore.)
     */
    public static int closed() {
        try (var probe = new ServerSocket()) {
            probe.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            return probe.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("could not bind a loopback port", e);
        }
    }
}
