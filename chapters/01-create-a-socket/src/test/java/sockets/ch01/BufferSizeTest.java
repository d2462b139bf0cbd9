package sockets.ch01;

import static java.net.StandardSocketOptions.SO_RCVBUF;
import static java.net.StandardSocketOptions.SO_SNDBUF;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import sockets.testkit.Platform;

/** What the chapter says of the buffer sizes the tour prints: on Linux, half the kernel's defaults. */
class BufferSizeTest {

    @Test
    void a_fresh_tcp_socket_shows_half_the_middle_values_of_tcp_rmem_and_tcp_wmem() throws IOException {
        try (var socket = new Socket()) {
            assertEquals(sysctl("net/ipv4/tcp_rmem", 1) / 2, socket.getOption(SO_RCVBUF), "SO_RCVBUF");
            assertEquals(sysctl("net/ipv4/tcp_wmem", 1) / 2, socket.getOption(SO_SNDBUF), "SO_SNDBUF");
        }
    }

    @Test
    void a_fresh_udp_socket_shows_half_of_rmem_default_and_wmem_default() throws IOException {
        try (var socket = new DatagramSocket(null)) {
            assertEquals(sysctl("net/core/rmem_default", 0) / 2, socket.getOption(SO_RCVBUF), "SO_RCVBUF");
            assertEquals(sysctl("net/core/wmem_default", 0) / 2, socket.getOption(SO_SNDBUF), "SO_SNDBUF");
        }
    }

    // One number of a /proc/sys file: tcp_rmem holds three (min, default, max).
    private static int sysctl(String name, int index) throws IOException {
        var file = Path.of("/proc/sys", name);
        Platform.requireLinux("reads /proc/sys/" + name + ", which only Linux has");
        // readAllLines, not readString: the file's size says 0, so readString reads one byte
        // first, and a /proc/sys file read on from an offset past 0 answers end of file.
        return Integer.parseInt(Files.readAllLines(file).getFirst().trim().split("\\s+")[index]);
    }
}
