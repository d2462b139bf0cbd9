package sockets.ch12;

import java.io.IOException;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Path;
import java.time.Duration;

/** The Unix domain socket echo's loop on a thread of the test, at a path in a test's directory. */
final class UnixServerUnderTest implements AutoCloseable {

    private final ServerSocketChannel listener;
    private final Thread thread;
    private final ServerLog log = new ServerLog();
    private final SocketFile file;

    UnixServerUnderTest(Path path, LineEcho.Limits limits) throws Exception {
        file = SocketFile.at(path);
        listener = UnixEchoServer.listen(file, log.stream);
        thread = Thread.ofPlatform().daemon().name("unix-server-under-test").start(() -> {
            try {
                UnixEchoServer.serve(listener, limits, log.stream);
            } catch (IOException closedByTest) {
                // close() closed the listener under accept()
            }
        });
    }

    UnixServerUnderTest(Path path) throws Exception {
        this(path, new LineEcho.Limits(64, Duration.ofSeconds(10)));
    }

    String log() {
        return log.toString();
    }

    /** Waits for a log line that contains the text, and returns it. */
    String awaitLog(String containing) {
        return log.awaitLine(line -> line.contains(containing));
    }

    /** Waits for the line that says how this client's conversation ended. */
    String awaitEnding(String client) {
        return log.awaitLine(line -> line.startsWith(client + ": ") && line.contains(" after "));
    }

    @Override
    public void close() throws InterruptedException, IOException {
        listener.close();
        thread.join(Duration.ofSeconds(5));
        file.remove();
    }
}
