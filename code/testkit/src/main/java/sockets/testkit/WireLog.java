package sockets.testkit;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The bytes that crossed one test connection, in the order they crossed. When a test fails the
 * exercise runner prints this log, so a student sees what their code really sent.
 */
public final class WireLog {

    /**
     * The logs of the test running on this thread, set by {@link #startTest()}. Inheritable:
     * JUnit runs a test with a timeout on a thread it starts from the test's own, and a test's
     * server threads start from it too, so their connections land in the same list; tests
     * that run at the same time on other threads keep lists of their own.
     */
    private static final InheritableThreadLocal<List<WireLog>> CURRENT_TEST = new InheritableThreadLocal<>();
    /** Logs made on a thread that no test started. */
    private static final List<WireLog> OUTSIDE_TESTS = new CopyOnWriteArrayList<>();

    public enum Direction { SENT_BY_TEST, RECEIVED_BY_TEST }

    private record Chunk(Direction direction, byte[] bytes) {
    }

    private final String name;
    private final List<Chunk> chunks = new ArrayList<>();

    WireLog(String name) {
        this.name = name;
        recent().add(this);
    }

    synchronized void record(Direction direction, byte[] bytes, int offset, int length) {
        if (length <= 0) {
            return;
        }
        var copy = java.util.Arrays.copyOfRange(bytes, offset, offset + length);
        if (!chunks.isEmpty() && chunks.getLast().direction() == direction) {
            var merged = new ByteArrayOutputStream();
            merged.writeBytes(chunks.removeLast().bytes());
            merged.writeBytes(copy);
            copy = merged.toByteArray();
        }
        chunks.add(new Chunk(direction, copy));
    }

    /** A short dump: each run of bytes in one direction, as hex and text. */
    public synchronized String dump() {
        var out = new StringBuilder("connection " + name + ":\n");
        if (chunks.isEmpty()) {
            out.append("  (no bytes crossed in either direction)\n");
        }
        for (var chunk : chunks) {
            out.append(chunk.direction() == Direction.SENT_BY_TEST
                    ? "  test -> your code, " : "  your code -> test, ")
                    .append(chunk.bytes().length).append(" bytes\n")
                    .append(Hexdump.format(chunk.bytes(), 64));
        }
        return out.toString();
    }

    public static void startTest() {
        CURRENT_TEST.set(new CopyOnWriteArrayList<>());
        OUTSIDE_TESTS.clear();
    }

    private static List<WireLog> recent() {
        var current = CURRENT_TEST.get();
        return current != null ? current : OUTSIDE_TESTS;
    }

    /** The dumps of every connection this test made since it started, or empty. */
    public static String dumpRecent() {
        var out = new StringBuilder();
        for (var log : recent()) {
            out.append(log.dump());
        }
        return out.toString();
    }
}
