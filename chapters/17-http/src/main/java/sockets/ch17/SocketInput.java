package sockets.ch17;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.Arrays;

/**
 * The bytes of one connection, read into a buffer of our own. A request ends wherever it ends
 * inside a read: what is left belongs to the next request (pipelining), so one buffer lives as
 * long as the connection. Every read from the socket goes through {@link #fill}, which sets the
 * time left first.
 */
final class SocketInput {

    private final Socket socket;
    private final InputStream in;
    private final byte[] buffer = new byte[16 * 1024];
    private int start;
    private int end;

    SocketInput(Socket socket) throws IOException {
        this.socket = socket;
        this.in = socket.getInputStream();
    }

    /** Bytes already read from the kernel that no request has taken yet. */
    int buffered() {
        return end - start;
    }

    // tag::fill[]
    /** One read(2) into the buffer, within the deadline; false at end of stream. */
    private boolean fill(Deadline deadline) throws IOException {
        if (start == end) {
            start = end = 0;
        } else if (end == buffer.length) {
            System.arraycopy(buffer, start, buffer, 0, end - start);
            end -= start;
            start = 0;
        }
        deadline.applyTo(socket);
        int n = in.read(buffer, end, buffer.length - end);   // blocks: bytes, FIN or the deadline
        if (n < 0) {
            return false;
        }
        end += n;
        return true;
    }
    // end::fill[]

    /** Waits for the first byte of a request; false if the client closed or stayed silent. */
    boolean awaitRequest(Deadline deadline) throws IOException {
        try {
            return buffered() > 0 || fill(deadline);
        } catch (SocketTimeoutException idle) {
            return false;
        }
    }

    // tag::line[]
    /**
     * One line ended by CRLF, without it, at most {@code max} bytes; longer is refused with
     * {@code tooLong}, a status. A bare CR or a bare LF is 400: a server that accepts a line
     * end its neighbour (a proxy) does not reads a different request from the same bytes.
     */
    byte[] line(int max, int tooLong, Deadline deadline) throws IOException, HttpError {
        int scanned = 0;
        while (true) {
            for (int i = start + scanned; i < end; i++) {
                if (buffer[i] == '\n') {
                    if (i == start || buffer[i - 1] != '\r') {
                        throw new HttpError(400, "a line ends in LF without CR");
                    }
                    var line = Arrays.copyOfRange(buffer, start, i - 1);
                    start = i + 1;
                    return line;
                }
                if (buffer[i] == '\r' && i + 1 < end && buffer[i + 1] != '\n') {
                    throw new HttpError(400, "a CR stands alone inside a line");
                }
                if (i - start >= max + 1) {
                    throw new HttpError(tooLong, "a line over " + max + " bytes");
                }
            }
            scanned = Math.max(0, end - start - 1);      // the last byte again: a CR awaits its LF
            if (scanned > max + 1) {
                throw new HttpError(tooLong, "a line over " + max + " bytes");
            }
            if (!fill(deadline)) {
                throw new HttpError(400, "the connection ended inside a line");
            }
        }
    }
    // end::line[]

    /** Up to {@code length} body bytes into {@code into}; -1 at end of stream. */
    int read(byte[] into, int offset, int length, Deadline deadline) throws IOException {
        if (buffered() == 0 && !fill(deadline)) {
            return -1;
        }
        int n = Math.min(length, buffered());
        System.arraycopy(buffer, start, into, offset, n);
        start += n;
        return n;
    }
}
