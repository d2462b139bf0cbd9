package sockets.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/**
 * A port in use, as the book shows it: the test holds a port on 127.0.0.1 (port 0, so the
 * kernel picks a free one), runs the program of {@code transcripts/port-in-use.txt} with that
 * port in place of the transcript's, and checks the exit code and stderr against the
 * transcript. bind(2) fails with EADDRINUSE; the program says so in one sentence.
 */
public final class PortInUse {

    /** The socket that holds the port: a TCP listener is no obstacle to a UDP bind, nor the reverse. */
    public enum Protocol {
        TCP, UDP
    }

    private PortInUse() {
    }

    /** The transcript {@code port-in-use.txt} of this chapter, with a TCP port held. */
    public static void assertReportedAsTheBookShows(Class<?> program) {
        assertReportedAsTheBookShows(program, Protocol.TCP);
    }

    public static void assertReportedAsTheBookShows(Class<?> program, Protocol protocol) {
        var transcript = Transcript.load("port-in-use.txt");
        try (var taken = hold(protocol)) {
            var args = transcript.argumentsWithPort(taken.port());
            var result = JavaProgram.run(program, args);
            result.assertUserError();
            assertEquals(1, result.exitCode(), "a network failure exits with 1");
            transcript.assertMatches(result.stderr());
        }
    }

    /** A port held on 127.0.0.1 until closed. */
    public interface HeldPort extends AutoCloseable {
        int port();

        @Override
        void close();
    }

    /** Holds a free port on 127.0.0.1 until the result is closed. */
    public static HeldPort hold(Protocol protocol) {
        var any = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
        try {
            AutoCloseable socket;
            int port;
            if (protocol == Protocol.TCP) {
                var listener = new ServerSocket();
                listener.bind(any);
                socket = listener;
                port = listener.getLocalPort();
            } else {
                var datagrams = new DatagramSocket(any);
                socket = datagrams;
                port = datagrams.getLocalPort();
            }
            return new HeldPort() {
                @Override
                public int port() {
                    return port;
                }

                @Override
                public void close() {
                    try {
                        socket.close();
                    } catch (Exception e) {
                        throw new IllegalStateException("could not give the port back", e);
                    }
                }
            };
        } catch (IOException e) {
            throw new UncheckedIOException("could not hold a loopback port", e);
        }
    }
}
