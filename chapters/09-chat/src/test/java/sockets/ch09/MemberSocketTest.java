package sockets.ch09;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.StandardSocketOptions;
import jdk.net.ExtendedSocketOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** What the server asks of the kernel for each member's socket, read back with getsockopt(2). */
@Timeout(10)
class MemberSocketTest {

    @Test
    void a_members_socket_buffers_are_fixed_so_that_a_client_costs_the_kernel_a_bounded_amount() throws IOException {
        var loopback = InetAddress.getLoopbackAddress();
        try (var listener = new ServerSocket(0, 1, loopback);
             var client = new Socket(loopback, listener.getLocalPort());
             var accepted = listener.accept()) {
            var member = new ChatMember(accepted, ChatServer.Limits.DEFAULT, Thread.ofPlatform().factory());
            // Linux doubles what is set, and the JDK halves what it reads back.
            assertEquals(ChatMember.SEND_BUFFER, accepted.getOption(StandardSocketOptions.SO_SNDBUF));
            assertEquals(ChatMember.RECEIVE_BUFFER, accepted.getOption(StandardSocketOptions.SO_RCVBUF));
            member.close();
        }
    }

    @Test
    void a_members_socket_has_keepalive_on_with_the_timers_the_chapter_states() throws IOException {
        var loopback = InetAddress.getLoopbackAddress();
        try (var listener = new ServerSocket(0, 1, loopback);
             var client = new Socket(loopback, listener.getLocalPort());
             var accepted = listener.accept()) {
            // The writer thread is made, not started: this test only looks at the socket.
            var member = new ChatMember(accepted, ChatServer.Limits.DEFAULT, Thread.ofPlatform().factory());
            assertTrue(accepted.getOption(StandardSocketOptions.SO_KEEPALIVE), "SO_KEEPALIVE is on");
            assumeTrue(accepted.supportedOptions().contains(ExtendedSocketOptions.TCP_KEEPIDLE),
                    "this system has no per-socket keepalive timers");
            assertEquals(60, accepted.getOption(ExtendedSocketOptions.TCP_KEEPIDLE), "TCP_KEEPIDLE, in seconds");
            assertEquals(10, accepted.getOption(ExtendedSocketOptions.TCP_KEEPINTERVAL), "TCP_KEEPINTVL, in seconds");
            assertEquals(3, accepted.getOption(ExtendedSocketOptions.TCP_KEEPCOUNT), "TCP_KEEPCNT");
            member.close();
        }
    }
}
