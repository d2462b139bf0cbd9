package sockets.ch15;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.PrintStream;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.HexFormat;

/**
 * A plain {@link ServerSocket} that reads the first bytes a TLS client sends, its ClientHello,
 * and prints what is in it: the handshake is bytes on a TCP connection like any other. It
 * never answers, so each client's handshake fails; the client's own message says so.
 */
public final class ClientHelloPeek {

    static final String USAGE = """
            usage: ./workbook run 15 peek [--host ADDRESS] [--port PORT]
              Listens in plain TCP and prints the ClientHello of each TLS client that
              connects (./workbook run 15 client --port PORT, openssl s_client, a browser
              at https://localhost:PORT/), then closes the connection. Ctrl-C stops it.
              --host ADDRESS  where to listen (default 127.0.0.1: this machine only)
              --port PORT     the port; 0, the default, lets the kernel pick a free one
            """;

    /** A record carries at most 2^14 bytes of payload (RFC 8446, 5.1). */
    static final int MAX_RECORD = 1 << 14;

    /** More than any ClientHello holds: its two longest fields have 2-byte lengths. */
    static final int MAX_CLIENT_HELLO = 1 << 18;

    private ClientHelloPeek() {
    }

    public static void main(String[] args) {
        if (Options.wantHelp(args)) {
            System.out.print(USAGE);
            return;
        }
        try {
            var options = Options.parse(args, Options.Program.PEEK);
            try (var listener = listen(new InetSocketAddress(options.host(), options.port()), System.out)) {
                serve(listener, System.out);
            }
        } catch (Options.BadArgument | BindException e) {
            System.err.println(e.getMessage());
            System.exit(e instanceof BindException ? 1 : 2);
        } catch (IOException e) {
            System.err.println("the peek stopped: " + Options.lower(e) + ".");
            System.exit(1);
        }
    }

    static ServerSocket listen(InetSocketAddress wanted, PrintStream out) throws IOException {
        var listener = new ServerSocket();
        try {
            listener.bind(wanted, 50);
        } catch (IOException e) {
            listener.close();
            throw new BindException("cannot listen on " + Options.hostAndPort(wanted) + ": "
                    + Options.lower(e) + ".");
        }
        out.println("listening on " + Options.hostAndPort(listener.getLocalSocketAddress()));
        out.flush();
        return listener;
    }

    // tag::serve[]
    static void serve(ServerSocket listener, PrintStream out) throws IOException {
        while (true) {
            var connection = listener.accept();
            try (connection) {
                connection.setSoTimeout(10_000);
                out.println(Options.hostAndPort(connection.getRemoteSocketAddress()) + " sent:");
                var in = new DataInputStream(connection.getInputStream());
                try {
                    // The record header, 5 bytes: content type, legacy version, length.
                    var header = in.readNBytes(5);
                    out.println("  record header " + HexFormat.ofDelimiter(" ").formatHex(header));
                    if (header.length < 5 || header[0] != 22) {
                        out.println("  not a TLS handshake record (22): a plain-text client?");
                        continue;
                    }
                    int length = (header[3] & 0xff) << 8 | header[4] & 0xff;
                    if (length > MAX_RECORD) {
                        out.println("  a record of " + length + " bytes: more than TLS allows");
                        continue;
                    }
                    out.println("  type 22 (handshake), version " + header[1] + "." + header[2]
                            + ", " + length + " bytes follow");
                    ClientHello.parse(whole(in, in.readNBytes(length), out))
                            .forEach(line -> out.println("  " + line));
                } catch (EOFException | IllegalArgumentException e) {
                    out.println("  not a ClientHello: " + Options.lower(e));
                }
                // close(2) without a word: the client reads the end of the stream mid-handshake.
            } catch (IOException e) {
                out.println("  the client went: " + Options.lower(e));
            }
        }
    }
    // end::serve[]

    /**
     * The whole handshake message that {@code first}, a record's body, begins. A handshake
     * message may be split across records (RFC 8446, 5.1): one longer than 2^14 bytes must
     * be, and a client may split a shorter one (even a post-quantum key_share, about 1.2 KB,
     * leaves a ClientHello far below 2^14). Its 4-byte header (type, 3-byte length) says
     * how much is to come; the rest comes in the records that follow, each of type 22 with
     * a header of its own.
     */
    static byte[] whole(DataInputStream in, byte[] first, PrintStream out) throws IOException {
        if (first.length < 4) {
            return first;   // too short for a handshake header: ClientHello.parse says so
        }
        long wanted = 4 + ((first[1] & 0xffL) << 16 | (first[2] & 0xff) << 8 | first[3] & 0xff);
        if (wanted > MAX_CLIENT_HELLO) {
            throw new IllegalArgumentException("a handshake message of " + wanted + " bytes: no ClientHello");
        }
        var message = new ByteArrayOutputStream();
        message.writeBytes(first);
        int records = 1;
        while (message.size() < wanted) {
            var header = new byte[5];
            in.readFully(header);   // EOFException if the client stops mid-message
            int length = (header[3] & 0xff) << 8 | header[4] & 0xff;
            if (header[0] != 22 || length > MAX_RECORD) {
                throw new IllegalArgumentException("the ClientHello's record " + (records + 1)
                        + " is no handshake record of at most 2^14 bytes");
            }
            var body = new byte[length];
            in.readFully(body);
            message.writeBytes(body);
            records++;
        }
        if (records > 1) {
            out.println("  the ClientHello spans " + records + " records");
        }
        return message.toByteArray();
    }
}
