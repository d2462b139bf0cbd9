package sockets.ch16.exercises;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Stage 3: a client that waits does not keep the others waiting. */
class Stage3ClientsAtOnceTest extends Stage2ManyPingsTest {

    @Test
    void ten_clients_connected_at_once_are_all_answered_the_last_first() throws Exception {
        var clients = new StageServer.Client[10];
        try {
            for (int i = 0; i < clients.length; i++) {
                clients[i] = server.connect();
            }
            for (int i = clients.length - 1; i >= 0; i--) {
                clients[i].send(PING);
                assertEquals("+PONG\\r\\n", StageServer.shown(clients[i].reply("client " + (i + 1) + " of 10, all"
                        + " connected at once, got no reply: serve each client on a thread of its own, so that one"
                        + " that waits does not keep the others waiting (a pool of a few threads keeps the rest"
                        + " queued)")));
            }
        } finally {
            for (var client : clients) {
                if (client != null) {
                    client.close();
                }
            }
        }
    }
}
