package sockets.exercises;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The grader's end of the channel its child reports on: a Unix domain socket the parent
 * creates, to which the child connects before any class of the student's is loaded. The parent
 * takes that one connection (and removes the socket's file, so nobody connects after it), reads
 * the child's signed records and keeps those that verify, in order. It never reads a file or a
 * stream the student's code could write to in the child's name: a record that does not verify,
 * or one after the end, makes the whole run untrusted.
 */
final class ResultChannel implements AutoCloseable {

    /** More than any chapter's reports with their wire dumps; beyond it the run is not read on. */
    static final int MOST_BYTES = 16 * 1024 * 1024;

    private final Path socket;
    private final ServerSocketChannel server;
    private final ResultRecords records;
    private final CompletableFuture<Received> received = new CompletableFuture<>();
    private volatile SocketChannel connection;

    /**
     * What the child sent: the records that verified, whether the last was the end, and why the
     * run cannot be trusted, if it cannot (null when it can).
     */
    record Received(List<ResultRecords.Record> records, boolean complete, String problem) {
        Received {
            records = List.copyOf(records);
        }
    }

    private ResultChannel(Path socket, ResultRecords records) throws IOException {
        this.socket = socket;
        this.records = records;
        server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(socket));
        var reader = new Thread(this::acceptAndRead, "grading results " + socket.getFileName());
        reader.setDaemon(true);
        reader.start();
    }

    /** Listens at {@code socket} for records signed with the key of {@code records}. */
    static ResultChannel listen(Path socket, ResultRecords records) throws IOException {
        return new ResultChannel(socket, records);
    }

    Path socket() {
        return socket;
    }

    /**
     * What came, once the child and everything it started are gone: the end of the stream
     * normally comes at once; a connection still held open (a process that escaped the kill,
     * where there is no namespace) is closed after {@code wait}.
     */
    Received received(Duration wait) {
        try {
            return received.get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException stillOpen) {
            close();
            return received.join();
        } catch (ExecutionException e) {
            throw new IllegalStateException("reading the grading results failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the grading results", e);
        }
    }

    private void acceptAndRead() {
        var verified = new ArrayList<ResultRecords.Record>();
        try {
            try (var accepted = server.accept()) {
                connection = accepted;
                // One connection only: the child's, made before the student's code was loaded.
                server.close();
                Files.deleteIfExists(socket);
                received.complete(read(new BufferedInputStream(Channels.newInputStream(accepted)), verified));
            }
        } catch (IOException | UncheckedIOException closed) {
            // no connection, or closed by received(): what verified so far, without an end
            received.complete(new Received(verified, false, null));
        }
    }

    private Received read(InputStream in, List<ResultRecords.Record> verified) throws IOException {
        var line = new ByteArrayOutputStream();
        long total = 0;
        boolean ended = false;
        for (int b = in.read(); b >= 0; b = in.read()) {
            if (++total > MOST_BYTES) {
                return new Received(verified, false, "the grading child sent more than " + MOST_BYTES / (1024 * 1024)
                        + " MiB of results");
            }
            if (b != '\n') {
                line.write(b);
                continue;
            }
            if (ended) {
                return new Received(verified, false, "a record came after the grading child's last one");
            }
            var record = records.verify(line.toString(StandardCharsets.UTF_8), verified.size());
            line.reset();
            if (record.isEmpty()) {
                return new Received(verified, false, "a record on the result channel was not signed by the grader"
                        + " (forged, damaged or out of order)");
            }
            verified.add(record.get());
            ended = record.get().kind().equals(ResultRecords.END);
        }
        if (line.size() > 0) {
            return new Received(verified, false, "the result channel ended inside a record");
        }
        return new Received(verified, ended, null);
    }

    @Override
    public void close() {
        try {
            server.close();
            var open = connection;
            if (open != null) {
                open.close();
            }
            Files.deleteIfExists(socket);
        } catch (IOException leftBehind) {
            // a socket file in a temporary folder that is removed with it
        }
    }
}
