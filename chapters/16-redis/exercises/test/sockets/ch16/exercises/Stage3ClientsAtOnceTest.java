package sockets.ch16.exercises;

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
                expect(clients[i], PING, "+PONG\r\n");
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
