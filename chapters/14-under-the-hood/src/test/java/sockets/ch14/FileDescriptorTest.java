package sockets.ch14;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.Isolated;
import sockets.testkit.Descriptors;
import sockets.testkit.Peer;

/**
 * Sockets are file descriptors of this very process, counted in /proc/self/fd. Isolated:
 * tests running beside it in the same JVM would open and close descriptors of their own.
 */
@Isolated
@Execution(ExecutionMode.SAME_THREAD)
@Timeout(30)
class FileDescriptorTest {

    private static final int ROUNDS = 10;

    @BeforeAll
    static void onLinuxOnly() {
        LinuxLibc.require();
    }

    @Test
    void every_accepted_descriptor_is_closed_whatever_the_client_did() throws Exception {
        var before = Descriptors.open();
        // Each round: a polite client, one that resets, one that floods.
        try (var server = NativeGreetingServerTest.inProcess(Duration.ofSeconds(2), 3 * ROUNDS)) {
            var whileListening = Descriptors.open();
            for (int i = 0; i < ROUNDS; i++) {
                try (var polite = Peer.connect(server.port())) {
                    polite.readLine();
                    polite.shutdownOutput();
                    polite.isAtEndOfStream();
                }
                Peer.connect(server.port()).reset();
                try (var flooder = Peer.connect(server.port())) {
                    flooder.send(new byte[Conversation.MOST_BYTES_IGNORED + 1]);
                    flooder.isAtEndOfStream();
                }
            }
            server.awaitFinished(Duration.ofSeconds(20));
            assertEquals(whileListening, Descriptors.open(),
                    "after " + 3 * ROUNDS + " accepts and closes the server holds only its listener");
        }
        assertEquals(before, Descriptors.open(), "closing the listener gave its descriptor back too");
    }

    @Test
    void a_socket_is_a_descriptor_listed_in_proc_self_fd_as_a_socket() throws Exception {
        try (var socket = new NativeSocket(Libc.socket(Libc.AF_INET, Libc.SOCK_STREAM, 0))) {
            var link = Files.readSymbolicLink(Path.of("/proc/self/fd", String.valueOf(socket.fd())));
            assertTrue(link.toString().startsWith("socket:["),
                    "descriptor " + socket.fd() + " points at " + link + ", a socket inode");
        }
    }

    @Test
    void a_closed_descriptor_is_gone_and_closing_it_again_is_harmless() throws Exception {
        var socket = new NativeSocket(Libc.socket(Libc.AF_INET, Libc.SOCK_STREAM, 0));
        socket.close();
        assertTrue(Files.notExists(Path.of("/proc/self/fd", String.valueOf(socket.fd())))
                        || !Files.readSymbolicLink(Path.of("/proc/self/fd", String.valueOf(socket.fd())))
                                .toString().startsWith("socket:"),
                "after close(2) the number no longer names our socket");
        socket.close();
        var badFd = assertThrows(ErrnoException.class, () -> Libc.close(-1), "close(-1) fails");
        assertEquals("bad file descriptor (EBADF)", badFd.getMessage());
    }
}
