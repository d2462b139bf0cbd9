package sockets.ch16;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import sockets.testkit.Peer;

/** RESP over a real socket, against both designs: framing, pipelining, inline, many clients. */
@Timeout(30)
class ProtocolTest {

    @ParameterizedTest
    @EnumSource(Options.Design.class)
    void a_command_sent_one_byte_at_a_time_gets_one_reply(Options.Design design) throws Exception {
        try (var server = RunningServer.start(design); var peer = Peer.connect(server.port())) {
            peer.sendOneByteAtATime("*2\r\n$4\r\nECHO\r\n$5\r\nslow!\r\n");
            assertEquals("$5", peer.readLine());
            assertEquals("slow!", peer.readLine());
        }
    }

    @ParameterizedTest
    @EnumSource(Options.Design.class)
    void a_pipeline_in_one_write_gets_every_reply_in_order(Options.Design design) throws Exception {
        try (var server = RunningServer.start(design); var client = server.client()) {
            var commands = new ArrayList<String[]>();
            for (int i = 0; i < 1000; i++) {
                commands.add(new String[] {"INCR", "counter"});
            }
            client.send(commands.toArray(String[][]::new));
            for (int i = 1; i <= 1000; i++) {
                assertEquals("(integer) " + i, client.read());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Options.Design.class)
    void an_inline_command_as_nc_sends_it_is_understood(Options.Design design) throws Exception {
        try (var server = RunningServer.start(design); var peer = Peer.connect(server.port())) {
            peer.send("SET greeting \"hello world\"\r\nGET greeting\nPING\r\n");
            assertEquals("+OK", peer.readLine());
            assertEquals("$11", peer.readLine());
            assertEquals("hello world", peer.readLine());
            assertEquals("+PONG", peer.readLine());
        }
    }

    @ParameterizedTest
    @EnumSource(Options.Design.class)
    void quit_answers_ok_and_closes(Options.Design design) throws Exception {
        try (var server = RunningServer.start(design); var peer = Peer.connect(server.port())) {
            peer.send("PING\r\nQUIT\r\nPING\r\n");
            assertEquals("+PONG\r\n+OK\r\n", peer.readToEnd(), "nothing after QUIT runs");
        }
    }

    @ParameterizedTest
    @EnumSource(Options.Design.class)
    void a_client_that_half_closes_still_gets_its_replies(Options.Design design) throws Exception {
        try (var server = RunningServer.start(design); var peer = Peer.connect(server.port())) {
            peer.send("SET a 1\r\nINCR a\r\n");
            peer.shutdownOutput();
            assertEquals("+OK\r\n:2\r\n", peer.readToEnd());
        }
    }

    @ParameterizedTest
    @EnumSource(Options.Design.class)
    void clients_share_the_keys_and_incr_loses_no_count(Options.Design design) throws Exception {
        try (var server = RunningServer.start(design)) {
            var threads = new ArrayList<Thread>();
            for (int c = 0; c < 8; c++) {
                threads.add(Thread.ofVirtual().start(() -> {
                    try (var client = server.client()) {
                        for (int i = 0; i < 200; i++) {
                            client.call("INCR", "shared");
                        }
                    } catch (Exception e) {
                        throw new AssertionError(e);
                    }
                }));
            }
            for (var thread : threads) {
                thread.join();
            }
            try (var client = server.client()) {
                assertEquals("\"1600\"", client.call("GET", "shared"), "8 clients, 200 INCR each");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Options.Design.class)
    void a_key_set_with_px_is_gone_after_its_time(Options.Design design) throws Exception {
        try (var server = RunningServer.start(design); var client = server.client()) {
            long set = System.nanoTime();
            assertEquals("OK", client.call("SET", "brief", "v", "PX", "100"));
            String reply;
            do {
                reply = client.call("GET", "brief");
            } while (!reply.equals("(nil)") && System.nanoTime() - set < 5_000_000_000L);
            assertEquals("(nil)", reply);
            assertTrue(System.nanoTime() - set >= 100_000_000L, "not before its 100 ms");
        }
    }
}
