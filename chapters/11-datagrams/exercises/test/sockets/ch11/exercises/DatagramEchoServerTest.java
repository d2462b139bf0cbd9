package sockets.ch11.exercises;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The clients send first: their datagrams wait in the server socket's receive queue, so
 * serve(socket, count) can run on the test's own thread and must return by itself.
 */
@Timeout(10)
class DatagramEchoServerTest {

    private static final InetSocketAddress ANY_LOOPBACK_PORT =
            new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);

    private static DatagramSocket socket() throws IOException {
        var socket = new DatagramSocket(ANY_LOOPBACK_PORT);
        socket.setSoTimeout(2_000);
        return socket;
    }

    private static void send(DatagramSocket client, DatagramSocket server, byte[] bytes) throws IOException {
        client.send(new DatagramPacket(bytes, bytes.length, server.getLocalSocketAddress()));
    }

    private static void serve(DatagramSocket server, int count) {
        assertTimeoutPreemptively(Duration.ofSeconds(3), () -> DatagramEchoServer.serve(server, count),
                "serve(socket, " + count + ") with " + count + " datagrams waiting should echo them and return");
    }

    private static byte[] echo(DatagramSocket client) throws IOException {
        var reply = new DatagramPacket(new byte[65_536], 65_536);
        try {
            client.receive(reply);
        } catch (SocketTimeoutException e) {
            throw new AssertionError("no echo came back to the client's port: does serve() send each "
                    + "datagram to packet.getSocketAddress() of the datagram it received?", e);
        }
        return Arrays.copyOf(reply.getData(), reply.getLength());
    }

    private static byte[] filled(int length) {
        var bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = (byte) i;
        }
        return bytes;
    }

    @Test
    void a_datagram_comes_back_to_its_sender_byte_for_byte() throws IOException {
        try (var server = socket(); var client = socket()) {
            var bytes = filled(256);
            send(client, server, bytes);
            serve(server, 1);
            assertArrayEquals(bytes, echo(client),
                    "every byte value back, in getLength() bytes: no text conversion, no whole buffer");
        }
    }

    @Test
    void a_short_datagram_then_a_long_one_both_come_back_whole() throws IOException {
        try (var server = socket(); var client = socket()) {
            send(client, server, filled(3));
            send(client, server, filled(60_000));
            serve(server, 2);
            assertEquals(3, echo(client).length, "a 3-byte datagram");
            assertEquals(60_000, echo(client).length, "a 60,000-byte datagram after the 3-byte one: "
                    + "is the room for each receive the whole buffer?");
        }
    }

    @Test
    void an_empty_datagram_comes_back_empty() throws IOException {
        try (var server = socket(); var client = socket()) {
            send(client, server, new byte[0]);
            serve(server, 1);
            assertEquals(0, echo(client).length, "zero bytes is a datagram too");
        }
    }

    @Test
    void each_of_two_clients_gets_its_own_echo() throws IOException {
        try (var server = socket(); var alice = socket(); var bob = socket()) {
            send(alice, server, "alice".getBytes());
            send(bob, server, "bob".getBytes());
            serve(server, 2);
            assertArrayEquals("alice".getBytes(), echo(alice));
            assertArrayEquals("bob".getBytes(), echo(bob), "each echo goes to the sender of its datagram");
        }
    }

    @Test
    void it_returns_after_count_datagrams_and_leaves_the_rest() throws IOException {
        try (var server = socket(); var client = socket()) {
            for (var text : new String[] {"one", "two", "three"}) {
                send(client, server, text.getBytes());
            }
            serve(server, 2);
            assertArrayEquals("one".getBytes(), echo(client));
            assertArrayEquals("two".getBytes(), echo(client));
            client.setSoTimeout(200);
            assertThrows(SocketTimeoutException.class, () -> client.receive(new DatagramPacket(new byte[16], 16)),
                    "serve(socket, 2) echoes two datagrams, not three");
        }
    }
}
