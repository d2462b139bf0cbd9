package sockets.ch09.exercises;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class ClientRegistryTest {

    /** A client whose socket the test replaces by a list of what it was handed. */
    private static final class Client implements ClientRegistry.Recipient {
        final ConcurrentLinkedQueue<String> received = new ConcurrentLinkedQueue<>();
        volatile boolean stoppedReading;

        @Override
        public boolean deliver(String line) {
            return !stoppedReading && received.add(line);
        }
    }

    @Test
    void a_line_reaches_every_client_but_its_sender() {
        var registry = new ClientRegistry();
        var sender = new Client();
        var others = List.of(new Client(), new Client(), new Client());
        registry.add(sender);
        others.forEach(registry::add);
        assertEquals(3, registry.broadcast(sender, "hello"), "broadcast() counts the three other clients");
        assertTrue(sender.received.isEmpty(), "the sender must not get its own line back");
        for (var other : others) {
            assertEquals(List.of("hello"), List.copyOf(other.received), "every other client gets the line once");
        }
    }

    @Test
    void a_client_added_twice_is_in_the_room_once() {
        var registry = new ClientRegistry();
        var client = new Client();
        assertTrue(registry.add(client));
        assertFalse(registry.add(client), "add() says false for a client already there");
        assertEquals(1, registry.size());
    }

    @Test
    void a_client_removed_twice_is_reported_gone_the_second_time() {
        var registry = new ClientRegistry();
        var client = new Client();
        registry.add(client);
        assertTrue(registry.remove(client));
        assertFalse(registry.remove(client), "the reader and the writer thread may both remove a client; "
                + "only the first remove() may say true, so that the room is told once");
    }

    @Test
    void a_client_that_refuses_a_line_is_removed_and_the_others_still_get_it() {
        var registry = new ClientRegistry();
        var clients = List.of(new Client(), new Client(), new Client(), new Client());
        clients.forEach(registry::add);
        clients.get(1).stoppedReading = true;
        clients.get(2).stoppedReading = true;
        // Removing while walking the collection: a plain ArrayList throws
        // ConcurrentModificationException here, or silently skips a client.
        assertEquals(1, registry.broadcast(clients.getFirst(), "hello"), "one client took the line");
        assertEquals(List.of("hello"), List.copyOf(clients.get(3).received),
                "the last client got the line although two before it were dropped");
        assertEquals(2, registry.size(), "the two clients that stopped reading are out");
    }

    @Test
    void clients_joining_and_leaving_during_broadcasts_break_nothing() throws InterruptedException {
        var registry = new ClientRegistry();
        var failures = new ConcurrentLinkedQueue<Throwable>();
        var threads = new ArrayList<Thread>();
        for (int t = 0; t < 4; t++) {
            threads.add(Thread.ofPlatform().start(() -> {
                try {
                    for (int i = 0; i < 2_000; i++) {
                        var client = new Client();
                        registry.add(client);
                        registry.broadcast(client, "joined");
                        registry.remove(client);
                    }
                } catch (Throwable e) {
                    failures.add(e);
                }
            }));
        }
        for (var thread : threads) {
            thread.join();
        }
        assertTrue(failures.isEmpty(), "four client threads at once threw " + failures);
        assertEquals(0, registry.size(), "every client that joined and left is gone; lost updates leave some");
    }

    @Test
    void a_delivery_that_is_slow_does_not_stop_another_client_from_joining() throws InterruptedException {
        var registry = new ClientRegistry();
        var inDelivery = new CountDownLatch(1);
        var letGo = new CountDownLatch(1);
        ClientRegistry.Recipient slow = line -> {
            inDelivery.countDown();
            try {
                return letGo.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                return false;
            }
        };
        registry.add(slow);
        var broadcaster = Thread.ofPlatform().start(() -> registry.broadcast(new Client(), "hello"));
        assertTrue(inDelivery.await(5, TimeUnit.SECONDS), "the broadcast reached the slow client");
        var joined = new CountDownLatch(1);
        Thread.ofPlatform().start(() -> {
            registry.add(new Client());
            joined.countDown();
        });
        var joinedInTime = joined.await(2, TimeUnit.SECONDS);
        letGo.countDown();
        broadcaster.join();
        assertTrue(joinedInTime, "add() waited for a broadcast stuck on a slow client: "
                + "do not hold a lock while delivering");
    }
}
