package sockets.ch16;

import java.io.IOException;
import java.io.PrintStream;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code ./workbook run 16}: the server in this process, once in each design, and a client that
 * holds the same conversation with both, printed as {@code redis-cli} prints it; then it stops.
 */
public final class RedisDemo {

    static final String USAGE = """
            usage: ./workbook run 16 [demo] [--host ADDRESS] [--port PORT]
              Starts the server on ADDRESS:PORT in this process (a virtual thread per client,
              then one selector thread), talks RESP to it as redis-cli would, prints the
              conversation, and stops by itself.
              --host ADDRESS  where the server listens (default 127.0.0.1)
              --port PORT     its port; 0, the default, lets the kernel pick a free one
            """;

    // tag::script[]
    private static final String[][] SCRIPT = {
        {"PING"}, {"ECHO", "hello, redis"}, {"SET", "greeting", "hello"}, {"GET", "greeting"},
        {"INCR", "visits"}, {"INCR", "visits"}, {"KEYS", "*"}, {"GET"},
        {"SET", "session", "abc", "PX", "1000"}, {"EXISTS", "session"},
    };
    // end::script[]

    private RedisDemo() {
    }

    public static void main(String[] args) {
        if (Options.wantHelp(args)) {
            System.out.print(USAGE);
            return;
        }
        try {
            var options = Options.parse(args);
            var address = new InetSocketAddress(options.host(), options.port());
            var first = talk(address, Options.Design.VIRTUAL, System.out);
            var second = talk(address, Options.Design.SELECTOR, null);
            System.out.println(first.equals(second)
                    ? "the selector design gave the same " + second.size() + " replies."
                    : "the selector design differs: " + second);
        } catch (Options.BadArgument | BindException e) {
            System.err.println(e.getMessage());
            System.exit(e instanceof BindException ? 1 : 2);
        } catch (IOException | InterruptedException e) {
            System.err.println("the demo failed: " + Options.lower(e) + ".");
            System.exit(1);
        }
    }

    /** Serves one design in the background, holds the conversation, stops; the replies. */
    private static List<String> talk(InetSocketAddress address, Options.Design design, PrintStream show)
            throws IOException, InterruptedException {
        var limits = Limits.DEFAULT;
        var commands = new Commands(limits, Commands::monotonicMillis);
        var log = new PrintStream(PrintStream.nullOutputStream());
        var replies = new ArrayList<String>();
        AutoCloseable server;
        InetSocketAddress bound;
        if (design == Options.Design.VIRTUAL) {
            var listener = RedisServer.listen(address);
            bound = (InetSocketAddress) listener.getLocalSocketAddress();
            Thread.ofPlatform().daemon().start(() -> serveQuietly(() ->
                    new VirtualThreadServer(listener, commands, limits, log).serve()));
            server = listener;
        } else {
            var channel = RedisServer.listenChannel(address);
            bound = (InetSocketAddress) channel.getLocalAddress();
            var selector = new SelectorServer(channel, commands, limits, log);
            Thread.ofPlatform().daemon().start(() -> serveQuietly(selector::run));
            server = selector::stop;
        }
        // connect(2) to the server, in this same process
        try (server; var client = new RespClient(new Socket(bound.getAddress(), bound.getPort()))) {
            for (var command : SCRIPT) {
                replies.add(show(show, client, command));
            }
            // PX 1000: the key has a second to live. Ask until it is gone.
            while (!client.call("EXISTS", "session").equals("(integer) 0")) {
                Thread.sleep(20);
            }
            if (show != null) {
                show.println("(a second later)");
            }
            replies.add(show(show, client, "GET", "session"));
            if (show != null) {
                show.println("(three commands in one write(2): SET n 41, INCR n, GET n)");
            }
            client.send(new String[] {"SET", "n", "41"}, new String[] {"INCR", "n"}, new String[] {"GET", "n"});
            for (int i = 0; i < 3; i++) {
                replies.add(print(show, client.read()));
            }
            replies.add(show(show, client, "QUIT"));
        } catch (Exception e) {
            throw e instanceof IOException io ? io : new IOException(e);
        }
        return replies;
    }

    private static String show(PrintStream show, RespClient client, String... command) throws IOException {
        if (show != null) {
            var words = new ArrayList<String>();
            for (var word : command) {
                words.add(word.contains(" ") ? "\"" + word + "\"" : word);
            }
            show.println("redis> " + String.join(" ", words));
        }
        return print(show, client.call(command));
    }

    private static String print(PrintStream show, String reply) {
        if (show != null) {
            show.println(reply);
        }
        return reply;
    }

    private interface Serving {
        void serve() throws IOException;
    }

    private static void serveQuietly(Serving serving) {
        try {
            serving.serve();
        } catch (IOException stopped) {
            // the demo closed the listener: the normal way to stop
        }
    }
}
