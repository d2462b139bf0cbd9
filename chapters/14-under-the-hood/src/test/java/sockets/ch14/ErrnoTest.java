package sockets.ch14;

import static java.lang.foreign.ValueLayout.JAVA_INT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.Arena;
import java.net.BindException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A C call that fails returns -1; errno, captured by the linker, says why. */
@Timeout(10)
class ErrnoTest {

    @BeforeAll
    static void onLinuxOnly() {
        LinuxLibc.require();
    }

    @Test
    void strerror_gives_the_c_librarys_text_and_the_name_is_added() {
        assertEquals("address already in use (EADDRINUSE)", ErrnoException.describe(98));
        assertEquals("connection reset by peer (ECONNRESET)", ErrnoException.describe(104));
    }

    @Test
    void binding_a_port_in_use_fails_with_eaddrinuse() throws Exception {
        try (var taken = new ServerSocket(); var arena = Arena.ofConfined();
             var socket = new NativeSocket(Libc.socket(Libc.AF_INET, Libc.SOCK_STREAM, 0))) {
            taken.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0));
            var sockaddr = SockaddrIn.of(arena, Inet4Address.ofLiteral("127.0.0.1"), taken.getLocalPort());
            var failure = assertThrows(ErrnoException.class, () -> Libc.bind(socket.fd(), sockaddr));
            assertEquals("bind", failure.call());
            assertEquals(98, failure.errno(), "EADDRINUSE on Linux");
        }
    }

    @Test
    void the_server_turns_a_port_in_use_into_one_sentence() throws Exception {
        try (var taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0));
            var options = new Options(Inet4Address.ofLiteral("127.0.0.1"), taken.getLocalPort());
            var failure = assertThrows(BindException.class, () -> NativeGreetingServer.listen(options));
            assertEquals("cannot listen on 127.0.0.1:" + taken.getLocalPort()
                    + ": address already in use (EADDRINUSE).", failure.getMessage());
        }
    }

    @Test
    void the_port_getsockname_reports_is_the_port_the_kernel_bound() throws Exception {
        try (var listener = NativeGreetingServer.listen(new Options(Inet4Address.ofLiteral("127.0.0.1"), 0))) {
            var port = listener.localAddress().getPort();
            assertTrue(port > 0, "port 0 asked the kernel to choose; it chose " + port);
            // java.net cannot bind the same port: the kernel knows it as ours.
            try (var second = new ServerSocket()) {
                assertThrows(BindException.class,
                        () -> second.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port)),
                        "the port getsockname reported is really bound");
            }
        }
    }

    @Test
    void the_length_accept_and_getsockname_write_back_is_sizeof_sockaddr_in() throws Exception {
        try (var arena = Arena.ofConfined();
             var listener = NativeGreetingServer.listen(new Options(Inet4Address.ofLiteral("127.0.0.1"), 0))) {
            // Room for a bigger address than the kernel will write, and its size.
            var bound = arena.allocate(64);
            var length = arena.allocateFrom(JAVA_INT, (int) bound.byteSize());
            Libc.getsockname(listener.fd(), bound, length);
            assertEquals(16, length.get(JAVA_INT, 0), "socklen_t is in and out: the kernel wrote 16");
        }
    }
}
