package sockets.ch13;

import java.nio.ByteBuffer;

/**
 * One client's input: the bytes it has sent since its last newline. A blocking server keeps
 * them in a local variable of the thread that reads; an event loop serves many clients on
 * one thread, so each client's partial line must live in an object of its own, waiting for
 * the rest of the line while the thread serves others.
 */
final class LineBuffer {

    private final int maxLine;
    private final ByteBuffer bytes;
    private int lines;
    private boolean tooLong;

    LineBuffer(int maxLine) {
        this.maxLine = maxLine;
        // Room for a whole line, its \r\n, and more: one read(2) may bring several lines.
        // Direct: outside the Java heap, where the garbage collector never moves it, so
        // read(2) fills it in place; into a heap buffer the JDK reads into a temporary
        // direct one, then copies.
        this.bytes = ByteBuffer.allocateDirect(Math.max(4096, maxLine + 2));
    }

    /** Where read(2) puts the next bytes: always some room, the rest is at most a line. */
    ByteBuffer buffer() {
        return bytes;
    }

    int lines() {
        return lines;
    }

    /** True once a line has gone over the limit: the conversation cannot go on. */
    boolean tooLong() {
        return tooLong;
    }

    // tag::echoes[]
    /** Adds the echo of every whole line in the buffer to {@code output}; keeps the rest. */
    void takeEchoes(Outbox output) {
        bytes.flip();
        int start = bytes.position();
        for (int i = start; i < bytes.limit() && !tooLong; i++) {
            if (bytes.get(i) == '\n') {
                // \r\n ends a line too: telnet and Windows tools send it
                int end = i > start && bytes.get(i - 1) == '\r' ? i - 1 : i;
                tooLong = end - start > maxLine;
                if (!tooLong) {
                    // Copied straight into the client's output: no object a line.
                    output.add(bytes, start, end - start);
                    output.add((byte) '\n');
                    lines++;
                    start = i + 1;
                }
            }
        }
        bytes.position(start);
        // No newline yet, and more than a line and a \r: this line cannot end in time.
        int rest = bytes.remaining();
        tooLong |= rest > maxLine + 1
                || rest == maxLine + 1 && bytes.get(bytes.limit() - 1) != '\r';
        // The rest of the line moves to the front, and read(2) appends after it.
        bytes.compact();
    }
    // end::echoes[]

    /** At end of stream: a last line without its newline is still a line. */
    void takeLastLine(Outbox output) {
        if (bytes.position() > 0) {
            bytes.put((byte) '\n');
            takeEchoes(output);
        }
    }

    /** Throws away what is buffered: after an error, the rest of the input is not read. */
    void clear() {
        bytes.clear();
    }
}
