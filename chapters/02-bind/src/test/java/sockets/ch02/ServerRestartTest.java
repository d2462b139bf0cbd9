package sockets.ch02;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import sockets.testkit.Platform;
import sockets.testkit.Strerror;
import sockets.testkit.Transcript;

/** SO_REUSEADDR and TIME_WAIT: a server restarting on its port right after closing first. */
@Timeout(10)
class ServerRestartTest {

    /** What the JDK does on Windows instead (sun.nio.ch.Net.useExclusiveBind, NioSocketImpl). */
    private static final String WINDOWS_BINDS_EXCLUSIVELY = "shows SO_REUSEADDR as POSIX kernels apply it;"
            + " on Windows the JDK binds with SO_EXCLUSIVEADDRUSE and keeps SO_REUSEADDR as a flag it never"
            + " passes to Winsock";

    @Test
    void the_restart_prints_what_the_book_shows() {
        Platform.requirePosix(WINDOWS_BINDS_EXCLUSIVELY);
        // The state of the closed connection comes from Linux's /proc (the next test checks it).
        Transcript.load("restart.txt").normalising("(?m)is (TIME_WAIT|not shown \\(Linux only.*\\))$", "is TIME_WAIT")
                .verify();
    }

    @Test
    void the_side_that_closes_first_keeps_its_end_in_TIME_WAIT() throws IOException {
        Platform.requireLinux("reads the connection's state in /proc/net/tcp6, which only Linux has");
        var closed = serveOneClientAndStop();
        assertEquals(Optional.of("TIME_WAIT"),
                LinuxProc.tcpState(closed.server().getPort(), closed.client().getPort()),
                "the server's end of the connection it closed first, in /proc/net/tcp6");
    }

    @Test
    void a_restart_without_SO_REUSEADDR_fails_while_TIME_WAIT_holds_the_port() throws IOException {
        Platform.requirePosix(WINDOWS_BINDS_EXCLUSIVELY);
        var closed = serveOneClientAndStop();
        try (var restarted = new ServerSocket()) {
            restarted.setReuseAddress(false);
            var refused = assertThrows(BindException.class, () -> restarted.bind(closed.server()),
                    "bind(2) without SO_REUSEADDR while the old connection is in TIME_WAIT");
            assertEquals("Address already in use", Strerror.of(refused), "EADDRINUSE");
        }
    }

    @Test
    void a_restart_with_SO_REUSEADDR_succeeds_while_TIME_WAIT_holds_the_port() throws IOException {
        var closed = serveOneClientAndStop();
        try (var restarted = new ServerSocket()) {
            restarted.setReuseAddress(true);
            restarted.bind(closed.server());
            assertEquals(closed.server().getPort(), restarted.getLocalPort(), "listening on the old port again");
        }
    }

    @Test
    void a_listening_socket_has_SO_REUSEADDR_on_by_default() throws IOException {
        Platform.requirePosix(WINDOWS_BINDS_EXCLUSIVELY);
        try (var listener = new ServerSocket()) {
            assertTrue(listener.getReuseAddress(), "the JDK sets it on every ServerSocket on Linux and macOS");
        }
    }

    private static ServerRestart.ClosedConnection serveOneClientAndStop() throws IOException {
        try (var listener = new ServerSocket()) {
            listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            return ServerRestart.serveOneClientClosingFirst(listener);
        }
    }
}
