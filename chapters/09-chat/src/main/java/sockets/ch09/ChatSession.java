package sockets.ch09;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

/**
 * One client's reader thread: it reads the client's lines and hands each to the room, until
 * the client leaves, in any of the ways a client can leave. Then it takes the client out of
 * the room and closes its socket.
 */
final class ChatSession {

    /** A line longer than the limit; its sender is dropped. */
    static final class LineTooLong extends IOException {
        private static final long serialVersionUID = 1L;

        LineTooLong(int limit) {
            super("a line was longer than " + limit + " bytes");
        }
    }

    private ChatSession() {
    }

    // tag::session[]
    static void run(Socket socket, ChatMember member, ChatRoom room,
            ChatServer.Limits limits) {
        var why = "";
        try (socket) {
            // This thread joins, reads and leaves: the room never holds a member whose
            // reader is not running, and no line of it is read before it is in the room.
            room.join(member);
            // poll(2) before each read(2) waits at most this long for the client's bytes.
            socket.setSoTimeout((int) limits.idle().toMillis());
            var in = new BufferedInputStream(socket.getInputStream());
            for (String line; (line = readLine(in, limits.maxLine())) != null; ) {
                // May wait while the room is congested: then this thread reads nothing more
                // from this client, and TCP makes the client wait too.
                room.broadcast(member, "[" + member.name() + "] " + line);
            }
        } catch (SocketTimeoutException e) {
            why = " (silent for " + limits.idle().toSeconds() + " s)";
        } catch (IOException e) {
            // A reset, a line too long, a dead peer found by keepalive (connection timed
            // out), or our own close() under read(2) after a drop.
            why = " (" + Options.lower(e) + ")";
        } finally {
            // Whatever happened: out of the room (once), socket closed, writer ended.
            room.leave(member, why);
            member.close();
        }
    }
    // end::session[]

    // tag::read-line[]
    /** The next line without its line end, made safe to print; null at end of stream. */
    static String readLine(InputStream in, int maxLine) throws IOException {
        var line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b == -1) {
                // FIN: a clean end. Part of a line before it was never finished: dropped.
                return null;
            }
            // One byte more than the limit: room for the \r of a \r\n line end.
            if (line.size() > maxLine) {
                throw new LineTooLong(maxLine);
            }
            line.write(b);
        }
        var bytes = line.toByteArray();
        boolean crlf = bytes.length > 0 && bytes[bytes.length - 1] == '\r';
        int length = crlf ? bytes.length - 1 : bytes.length;
        if (length > maxLine) {
            throw new LineTooLong(maxLine);
        }
        // Bytes that are not UTF-8 become U+FFFD, the replacement character.
        return printable(new String(bytes, 0, length, StandardCharsets.UTF_8));
    }
    // end::read-line[]

    // tag::printable[]
    /** Control characters (ESC, BEL, ...) become '?', so no client drives a terminal. */
    static String printable(String text) {
        var safe = new StringBuilder(text.length());
        text.codePoints().forEach(c -> safe.appendCodePoint(
                Character.isISOControl(c) && c != '\t' ? '?' : c));
        return safe.toString();
    }
    // end::printable[]
}
