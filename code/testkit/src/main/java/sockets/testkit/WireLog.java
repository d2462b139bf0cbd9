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

    /** Every log since the last {@link #startTest()}: a failing test dumps them all. */
    private static final List<WireLog> RECENT = new CopyOnWriteArrayList<>();

    public enum Direction { SENT_BY_TEST, RECEIVED_BY_TEST }

    private record Chunk(Direction direction, byte[] bytes) {
    }

    private final String name;
    private final List<Chunk> chunks = new ArrayList<>();

    WireLog(String name) {
        this.name = name;
        RECENT.add(this);
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
        RECENT.clear();
    }

    /** The dumps of every connection made since the test started, or empty. */
    public static String dumpRecent() {
        var out = new StringBuilder();
        for (var log : RECENT) {
            out.append(log.dump());
        }
        return out.toString();
    }
}
