package sockets.ch09.exercises;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.StandardSocketOptions;
import java.time.Duration;
import jdk.net.ExtendedSocketOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Keepalive on a socket from accept(), read back from the kernel with getsockopt(2). */
@Timeout(10)
class KeepAliveTest {

    private ServerSocket listener;
    private Socket client;
    private Socket accepted;

    @BeforeEach
    void connect() throws IOException {
        var loopback = InetAddress.getLoopbackAddress();
        listener = new ServerSocket(0, 1, loopback);
        client = new Socket(loopback, listener.getLocalPort());
        accepted = listener.accept();
    }

    @AfterEach
    void close() throws IOException {
        accepted.close();
        client.close();
        listener.close();
    }

    @Test
    void the_kernel_reads_back_keepalive_on_with_the_timers_given() throws IOException {
        KeepAlive.enable(accepted, Duration.ofSeconds(30), Duration.ofSeconds(5), 4);
        assertTrue(accepted.getOption(StandardSocketOptions.SO_KEEPALIVE), "SO_KEEPALIVE");
        assertEquals(30, accepted.getOption(ExtendedSocketOptions.TCP_KEEPIDLE), "TCP_KEEPIDLE, in seconds");
        assertEquals(5, accepted.getOption(ExtendedSocketOptions.TCP_KEEPINTERVAL), "TCP_KEEPINTVL, in seconds");
        assertEquals(4, accepted.getOption(ExtendedSocketOptions.TCP_KEEPCOUNT), "TCP_KEEPCNT");
    }

    @Test
    void it_says_how_long_a_vanished_peer_can_go_unnoticed() throws IOException {
        assertEquals(Duration.ofSeconds(90), KeepAlive.enable(accepted, Duration.ofSeconds(60), Duration.ofSeconds(10), 3),
                "60 s of silence, then 3 probes 10 s apart, each unanswered");
    }

    @Test
    void it_refuses_what_the_kernel_cannot_take() {
        assertThrows(IllegalArgumentException.class,
                () -> KeepAlive.enable(accepted, Duration.ofMillis(1500), Duration.ofSeconds(10), 3),
                "the kernel counts keepalive time in whole seconds");
        assertThrows(IllegalArgumentException.class,
                () -> KeepAlive.enable(accepted, Duration.ofSeconds(60), Duration.ZERO, 3), "an interval of 0");
        assertThrows(IllegalArgumentException.class,
                () -> KeepAlive.enable(accepted, Duration.ofSeconds(60), Duration.ofSeconds(10), 0), "no probe at all");
    }
}
