package sockets.ch08.exercises;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import sockets.testkit.Peer;

@Timeout(10)
class ClientCapTest {

    @Test
    void admits_up_to_the_cap_then_tells_the_next_client_busy_and_closes_it() throws IOException {
        var cap = new ClientCap(2);
        try (var listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
             var a = Peer.connect(listener.getLocalPort());
             var b = Peer.connect(listener.getLocalPort());
             var c = Peer.connect(listener.getLocalPort());
             var first = listener.accept();
             var second = listener.accept();
             var third = listener.accept()) {
            assertTrue(cap.admit(first), "the first client is under the cap of 2");
            assertTrue(cap.admit(second), "the second client is at the cap of 2");
            assertFalse(cap.admit(third), "the third client is past the cap of 2");
            assertEquals(2, cap.admitted(), "a refused client is not counted");
            // Read to the end, not with readLine(): at end of stream that returns a line without its newline.
            assertEquals("busy: 2 clients connected, try later\n", c.readToEnd(), "the refused client reads why, on"
                    + " one line ending with a newline, then end of stream: admit closed the refused socket");
            assertTrue(third.isClosed(), "the refused socket is closed on the server's side");
            assertFalse(first.isClosed() || second.isClosed(), "admitted sockets stay open");
        }
    }

    @Test
    void a_place_given_back_with_leave_admits_the_next_client() throws IOException {
        var cap = new ClientCap(1);
        try (var listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
             var a = Peer.connect(listener.getLocalPort());
             var b = Peer.connect(listener.getLocalPort());
             var first = listener.accept();
             var second = listener.accept()) {
            assertTrue(cap.admit(first));
            cap.leave();
            assertEquals(0, cap.admitted(), "after leave no client is admitted");
            assertTrue(cap.admit(second), "the place the first client left is free again");
        }
    }

    @Test
    void fifty_threads_at_once_admit_exactly_as_many_as_the_cap() throws Exception {
        var cap = new ClientCap(10);
        var start = new CountDownLatch(1);
        var peers = new ArrayList<Peer>();
        var sockets = new ArrayList<Socket>();
        try (var listener = new ServerSocket(0, 100, InetAddress.getLoopbackAddress());
             var threads = Executors.newFixedThreadPool(50)) {
            for (int i = 0; i < 50; i++) {
                peers.add(Peer.connect(listener.getLocalPort()));
                sockets.add(listener.accept());
            }
            var answers = new ArrayList<Future<Boolean>>();
            for (var socket : sockets) {
                answers.add(threads.submit(() -> {
                    start.await();
                    return cap.admit(socket);
                }));
            }
            start.countDown();
            int admitted = 0;
            for (var answer : answers) {
                admitted += Boolean.TRUE.equals(resultOf(answer)) ? 1 : 0;
            }
            assertEquals(10, admitted, "admit returned true this many times, racing from 50 threads");
            assertEquals(10, cap.admitted(), "the count after 50 racing admits with a cap of 10");
        } finally {
            peers.forEach(Peer::close);
            for (var socket : sockets) {
                socket.close();
            }
        }
    }

    /** What the thread returned, or what it threw, as it threw it. */
    private static <T> T resultOf(Future<T> future) throws Exception {
        try {
            return future.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception thrown) {
                throw thrown;
            }
            throw e;
        }
    }
}
