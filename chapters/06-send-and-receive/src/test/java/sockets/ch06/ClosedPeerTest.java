package sockets.ch06;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import sockets.testkit.Peer;
import sockets.testkit.Platform;

/**
 * What the chapter says about writing to a peer that has closed: the first write succeeds
 * and draws a RST; the writes after it fail with EPIPE, "Broken pipe".
 */
@Timeout(20)
class ClosedPeerTest {

    // tag::broken-pipe[]
    @Test
    void after_the_peers_close_the_first_write_succeeds_and_the_next_ones_fail_with_broken_pipe()
            throws IOException {
        Platform.requirePosix("expects EPIPE, which Winsock does not have (there the JDK reports"
                + " a write after a reset as 'Connection reset by peer')");
        try (var listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            var peer = Peer.connect(listener.getLocalPort());
            try (var ours = listener.accept()) {
                peer.close();
                // read(2) returns 0: the peer's FIN has arrived; we are in CLOSE_WAIT.
                assertEquals(-1, ours.getInputStream().read());
                var out = ours.getOutputStream();
                // The bytes are copied into our send buffer; the peer's kernel, which has no
                // socket to give them to, answers with RST.
                out.write("first\n".getBytes());
                // Once the RST is in, write(2) fails: a RST in CLOSE_WAIT sets EPIPE.
                var broken = assertThrows(SocketException.class, () -> {
                    while (true) {
                        out.write("more\n".getBytes());
                    }
                });
                assertEquals("Broken pipe", broken.getMessage());
                var again = assertThrows(SocketException.class,
                        () -> out.write("again\n".getBytes()));
                assertEquals("Broken pipe", again.getMessage());
            }
        }
    }
    // end::broken-pipe[]
}
