package sockets.ch16;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Takes commands out of the bytes one client sent, however TCP cut them: chapter 06's framing
 * lesson, for RESP. A command is an array of bulk strings, {@code *2\r\n$3\r\nGET\r\n$1\r\nk\r\n},
 * or an inline line, {@code GET k\r\n}, as nc or telnet send it. One read may hold half a
 * command or fifty (pipelining): the parser keeps where it stopped, so a command split at
 * every byte costs no more than one that came whole. No socket in sight: both designs feed it.
 */
final class CommandParser {

    /** Bytes that are not RESP: the reply is {@code -ERR Protocol error: ...}, then a close. */
    static final class ProtocolError extends Exception {
        private static final long serialVersionUID = 1L;

        ProtocolError(String what) {
            super("Protocol error: " + what);
        }
    }

    private static final int FIRST_PIECE = 16 * 1024;

    private final Limits limits;
    // tag::state[]
    // Where the command being read stands: the arguments so far, how many the header
    // announced, and the bulk string being filled: its announced length, how many of its
    // bytes have come, and an array that grows as they come (never the announced size at once).
    private List<byte[]> args;
    private int expected;
    private int announced;
    private byte[] bulk;
    private int filled;
    private long commandBytes;
    // end::state[]

    /** Bytes held for the bulk string being read: what has come, rounded up, not what was announced. */
    int buffered() {
        return bulk == null ? 0 : bulk.length;
    }

    CommandParser(Limits limits) {
        this.limits = limits;
    }

    // tag::next[]
    /**
     * The next whole command in {@code in} (in read mode), or null when more bytes are needed.
     * Consumes what it used; the caller keeps the rest (compact) for the next read.
     */
    List<byte[]> next(ByteBuffer in) throws ProtocolError {
        while (true) {
            if (args == null) {
                if (!in.hasRemaining()) {
                    return null;
                }
                if (in.get(in.position()) != '*') {
                    var line = Lines.take(in, limits.maxInline(), "too big inline request");
                    if (line == null) {
                        return null;
                    }
                    var words = InlineCommand.split(line);
                    if (!words.isEmpty()) {
                        return words;
                    }
                    continue;                            // an empty line: Redis skips it
                }
                var header = Lines.take(in, limits.maxInline(), "too big mbulk count string");
                if (header == null) {
                    return null;
                }
                long count = Lines.number(header, 1);
                if (count > limits.maxArgs() || count == Long.MIN_VALUE) {
                    throw new ProtocolError(
                            "invalid multibulk length (at most " + limits.maxArgs() + ")");
                }
                if (count <= 0) {
                    continue;                            // *0 and *-1 ask for nothing
                }
                args = new ArrayList<>((int) Math.min(count, 16));   // grows as arguments come
                expected = (int) count;
                commandBytes = 0;
            }
            if (bulk == null) {
                var header = Lines.take(in, limits.maxInline(), "too big bulk count string");
                if (header == null) {
                    return null;
                }
                if (!header.startsWith("$")) {
                    throw new ProtocolError("expected '$', got '"
                            + header.substring(0, Math.min(1, header.length())) + "'");
                }
                long length = Lines.number(header, 1);
                if (length < 0 || length > limits.maxBulk()) {
                    throw new ProtocolError(
                            "invalid bulk length (at most " + limits.maxBulk() + " bytes)");
                }
                commandBytes += length;
                if (commandBytes > limits.maxCommand()) {
                    throw new ProtocolError(
                            "command too big (at most " + limits.maxCommand() + " bytes)");
                }
                // Not new byte[length]: 15 bytes would cost 512 KiB (Redis's CVE-2021-32675).
                announced = (int) length;
                bulk = new byte[Math.min(announced, FIRST_PIECE)];
                filled = 0;
            }
            // The bulk's bytes, as many as have come; then its \r\n, which must have come too.
            int take = Math.min(in.remaining(), announced - filled);
            if (filled + take > bulk.length) {
                // Doubling: all the copies together cost at most the bytes twice over, and
                // past the first 16 KiB the array is never more than twice what has come.
                bulk = Arrays.copyOf(bulk,
                        Math.min(announced, Math.max(filled + take, 2 * bulk.length)));
            }
            in.get(bulk, filled, take);
            filled += take;
            if (filled < announced || in.remaining() < 2) {
                return null;
            }
            in.position(in.position() + 2);
            args.add(bulk);
            bulk = null;
            if (args.size() == expected) {
                var command = args;
                args = null;
                return command;
            }
        }
    }
    // end::next[]
}
