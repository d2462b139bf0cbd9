package sockets.ch12;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.time.Duration;

/**
 * The second half of chapter 12's demo: the echo over a Unix domain socket. Its address is a
 * path; the client has none; the server learns who the client is; and the socket file
 * outlives the socket until someone removes it.
 */
final class UnixSocketDemo {

    private static final LineEcho.Limits LIMITS = new LineEcho.Limits(4, Duration.ofSeconds(10));

    private UnixSocketDemo() {
    }

    // tag::unix[]
    static void overUnixSocket()
            throws IOException, InterruptedException, Options.BadArgument {
        System.out.println("== A Unix domain socket: a path, and no port");
        var file = SocketFile.inNewDirectory();
        try {
            try (var listener = UnixEchoServer.listen(file, System.out)) {
                System.out.println("listening on " + file.path());
                var server = Thread.ofPlatform().name("unix-server").start(() -> {
                    try {
                        UnixEchoServer.serve(listener, LIMITS, System.out);
                    } catch (IOException closedByTheDemo) {
                        // close(2) on the listener ends accept(): how the demo stops it
                    }
                });
                try (var channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
                    channel.connect(listener.getLocalAddress());
                    var echo = LocalSocketsDemo.roundTrip(Channels.newInputStream(channel),
                            Channels.newOutputStream(channel), "hello, Unix");
                    System.out.println("client "
                            + AddressText.hostAndPort(channel.getLocalAddress()) + " -> "
                            + AddressText.hostAndPort(channel.getRemoteAddress())
                            + ": \"" + echo + "\" came back");
                    LocalSocketsDemo.hangUp(Channels.newInputStream(channel),
                            channel::shutdownOutput);
                }
                listener.close();
                server.join();
            }
            // close(2) does not unlink(2): the file outlives the socket.
            System.out.println("listener closed; its file still exists: "
                    + Files.exists(file.path()));
        } finally {
            file.remove();
        }
        System.out.println("the server unlinks it on its way out; now it exists: "
                + Files.exists(file.path()));
    }
    // end::unix[]
}
