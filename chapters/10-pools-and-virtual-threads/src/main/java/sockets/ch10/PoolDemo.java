package sockets.ch10;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.time.Duration;

/**
 * The pool's story in a few seconds: a server with two threads and a queue of one, and clients
 * that are served, queued, refused, dropped for idling, and finished during a graceful stop.
 * The server runs in this process; what is printed is what the clients see, in order.
 */
public final class PoolDemo {

    static final String USAGE = """
            usage: ./workbook run 10 [demo] [--host ADDRESS] [--port PORT]
              Starts the echo server with a pool of 2 threads and a queue of 1 on ADDRESS:PORT,
              then shows clients served, queued, refused, dropped when idle, and a graceful
              stop. It ends by itself after a few seconds.
            """;
    static final Limits DEMO = Limits.DEFAULT.withExecutor(Limits.Executor.POOL).withPoolSize(2)
            .withQueue(1).withIdleTimeout(Duration.ofMillis(1500)).withGrace(Duration.ofSeconds(2));

    private PoolDemo() {
    }

    public static void main(String[] args) {
        if (Options.wantHelp(args)) {
            System.out.print(USAGE);
            return;
        }
        try {
            var options = Options.parse(args);
            if (!options.limits().equals(Limits.DEFAULT)) {
                throw new Options.BadArgument("the demo takes only --host and --port.");
            }
            var listener = EchoServer.listen(new InetSocketAddress(options.host(), options.port()));
            System.out.println("serving with " + DEMO.describe());
            // The server's own log is left out: its threads would interleave with ours.
            var server = new ExecutorServer(listener, DEMO, new PrintStream(OutputStream.nullOutputStream()));
            var accepting = Thread.ofPlatform().daemon().start(server::serve);
            story(server, accepting, (InetSocketAddress) listener.getLocalSocketAddress());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Options.BadArgument | IOException e) {
            System.err.println(e.getMessage());
            System.exit(e instanceof Options.BadArgument ? 2 : 1);
        }
    }

    // tag::story[]
    private static void story(ExecutorServer server, Thread accepting, InetSocketAddress address)
            throws IOException, InterruptedException {
        try (var a = new DemoClient("A", address); var b = new DemoClient("B", address);
             var c = new DemoClient("C", address)) {
            a.exchange("hello from A");
            b.exchange("hello from B");
            c.send("hello from C");
            c.expectSilence("both threads are busy, C waits in the queue");
            try (var d = new DemoClient("D", address)) {
                d.expectLine("the queue is full");
            }
            a.hangUp();
            c.expectLine("A left, its thread took C from the queue");
            server.stopAccepting();
            System.out.println("stop: the listener is closed, B and C are still connected");
            // C's idle timeout restarted at its echo, a moment ago, and nothing waits before
            // its last words. B's runs out meanwhile: the error waits in B's receive buffer.
            c.exchange("last words");
            // The JDK finishes close(2) when the thread blocked in accept() has left it.
            accepting.join();
            try (var e = new DemoClient("E", address)) {
                e.send("too late");
            } catch (ConnectException refused) {
                System.out.println("E: connect: " + Options.lower(refused));
            }
            b.expectLine("B said nothing for 1500 ms");
            b.hangUp();
        }
        server.awaitClients();
        System.out.println("stopped: every client left within the grace of 2000 ms");
    }
    // end::story[]
}
