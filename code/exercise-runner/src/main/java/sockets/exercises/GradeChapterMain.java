package sockets.exercises;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The grader's child JVM: {@code GradeChapterMain CHAPTER_DIR WORK RESULT_SOCKET EXERCISE...},
 * with the key to sign its results as the one line of its standard input. It checks a
 * chapter's exercises and sends the grader signed records ({@link ResultRecords}) over the
 * grader's Unix domain socket. A JVM of its own, so a student's code that hangs or exits ends
 * this JVM only.
 *
 * <p>Before any class of the student's is loaded it reads the key, closes standard input and
 * connects. The key then lives in this method's frame alone (a local, in the signing object
 * only this frame refers to): a student's code runs on other threads, and reflection reaches
 * objects through fields, never through another thread's locals, so it cannot sign a record.
 */
public final class GradeChapterMain {

    /** The time one test may take, in milliseconds: the grader passes its own. */
    static final String TEST_TIMEOUT_PROPERTY = "workbook.test.timeout.ms";

    /** JUnit logs through java.util.logging; nobody reads it here. Kept so it is not collected. */
    private static final Logger JUNIT_LOG = Logger.getLogger("org.junit");

    private GradeChapterMain() {
    }

    public static void main(String[] args) throws IOException {
        JUNIT_LOG.setLevel(Level.OFF);
        if (args.length < 4) {
            System.err.println("GradeChapterMain is the grader's own: CHAPTER_DIR WORK RESULT_SOCKET EXERCISE..."
                    + " with the key on standard input");
            System.exit(2);
        }
        var signer = ResultRecords.withKey(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.US_ASCII))
                .readLine());
        System.in.close();
        var timeout = Duration.ofMillis(Long.getLong(TEST_TIMEOUT_PROPERTY, ExerciseLauncher.DEFAULT_TIMEOUT.toMillis()));
        int status = 0;
        try (var channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            channel.connect(UnixDomainSocketAddress.of(args[2]));
            var records = Grader.gradeChapter(Path.of(args[0]), Path.of(args[1]), List.of(args).subList(3, args.length),
                    timeout);
            send(Channels.newOutputStream(channel), signer, records);
        } catch (IOException e) {
            System.err.println("could not send the results: " + e.getMessage());
            status = 1;
        }
        // A test abandoned in a blocking call leaves its thread behind: exit does not wait for it.
        System.exit(status);
    }

    private static void send(OutputStream out, ResultRecords signer, List<ResultRecords.Record> records) throws IOException {
        var lines = new StringBuilder();
        for (int seq = 0; seq < records.size(); seq++) {
            lines.append(signer.sign(seq, records.get(seq).kind(), records.get(seq).fields().toArray(String[]::new)));
        }
        lines.append(signer.sign(records.size(), ResultRecords.END, String.valueOf(records.size())));
        out.write(lines.toString().getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
