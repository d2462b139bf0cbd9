package sockets.ch15;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a ClientHello carries, read field by field as RFC 8446 section 4.1.2 lays it out: the
 * versions and cipher suites the client offers, and the server name it asks for (SNI). All
 * of it travels in clear: only what follows the ServerHello is encrypted.
 */
final class ClientHello {

    private static final Map<Integer, String> SUITES = Map.of(
            0x1301, "TLS_AES_128_GCM_SHA256", 0x1302, "TLS_AES_256_GCM_SHA384",
            0x1303, "TLS_CHACHA20_POLY1305_SHA256");

    /** Values in the list of suites that are no suites but signals (RFC 5746, 3.3; RFC 7507). */
    private static final Map<Integer, String> SIGNALS = Map.of(
            0x00ff, "TLS_EMPTY_RENEGOTIATION_INFO_SCSV", 0x5600, "TLS_FALLBACK_SCSV");

    private static final Map<Integer, String> VERSIONS = Map.of(
            0x0304, "TLSv1.3", 0x0303, "TLSv1.2", 0x0302, "TLSv1.1", 0x0301, "TLSv1");

    private static final Map<Integer, String> EXTENSIONS = Map.ofEntries(Map.entry(0, "server_name"),
            Map.entry(5, "status_request"), Map.entry(10, "supported_groups"),
            Map.entry(11, "ec_point_formats"), Map.entry(13, "signature_algorithms"),
            Map.entry(16, "alpn"), Map.entry(17, "status_request_v2"), Map.entry(22, "encrypt_then_mac"),
            Map.entry(23, "extended_master_secret"), Map.entry(35, "session_ticket"),
            Map.entry(43, "supported_versions"), Map.entry(45, "psk_key_exchange_modes"),
            Map.entry(50, "signature_algorithms_cert"), Map.entry(51, "key_share"));

    private ClientHello() {
    }

    // tag::parse[]
    /** The lines that describe one ClientHello; throws IllegalArgumentException if not one. */
    static List<String> parse(byte[] record) {
        try {
            return parse(ByteBuffer.wrap(record));
        } catch (BufferUnderflowException | IndexOutOfBoundsException e) {
            throw new IllegalArgumentException("the ClientHello ends before its last field", e);
        }
    }

    // ByteBuffer reads big-endian, network byte order, as TLS writes.
    private static List<String> parse(ByteBuffer in) {
        int type = in.get();
        int length = (in.getShort() & 0xffff) << 8 | in.get() & 0xff; // 3 bytes
        if (type != 1) {
            throw new IllegalArgumentException(
                    "handshake message type " + type + " is not 1 (ClientHello)");
        }
        var lines = new ArrayList<String>();
        lines.add("ClientHello (handshake type 1), " + length + " bytes");
        in.getShort(); // legacy_version: 3.3 (TLS 1.2) even for TLS 1.3, as middleboxes expect
        in.position(in.position() + 32); // random: 32 bytes the key schedule mixes in
        skip(in, in.get() & 0xff); // legacy_session_id
        int suitesLength = in.getShort() & 0xffff;
        var tls13 = new ArrayList<String>();
        var signals = new ArrayList<String>();
        for (int i = 0; i < suitesLength / 2; i++) {
            int value = in.getShort() & 0xffff;
            if (SUITES.containsKey(value)) {
                tls13.add(SUITES.get(value));
            } else if (SIGNALS.containsKey(value)) {
                signals.add(SIGNALS.get(value));
            }
        }
        lines.add("cipher suites: " + (suitesLength / 2 - signals.size()) + ", for TLS 1.3:");
        lines.add("  " + String.join(", ", tls13));
        if (!signals.isEmpty()) {
            lines.add("signals in the suites' list: " + String.join(", ", signals));
        }
        skip(in, in.get() & 0xff); // legacy_compression_methods: one byte, 0
        int extensionsLength = in.getShort() & 0xffff;
        var extensions = in.slice(in.position(), extensionsLength);
        var names = new ArrayList<String>();
        while (extensions.hasRemaining()) {
            int extension = extensions.getShort() & 0xffff;
            int dataLength = extensions.getShort() & 0xffff;
            var data = extensions.slice(extensions.position(), dataLength);
            extensions.position(extensions.position() + data.limit());
            names.add(EXTENSIONS.getOrDefault(extension, String.valueOf(extension)));
            switch (extension) {
                case 0 -> { // server_name: list length, name type 0 (host_name), name length, name
                    data.getShort();
                    data.get();
                    var name = new byte[data.getShort() & 0xffff];
                    data.get(name);
                    lines.add("server name (SNI): " + new String(name, StandardCharsets.US_ASCII));
                }
                case 43 -> { // supported_versions: the real versions offered, one byte of length
                    var versions = new ArrayList<String>();
                    for (int n = data.get() & 0xff; n > 0; n -= 2) {
                        int version = data.getShort() & 0xffff;
                        versions.add(VERSIONS.getOrDefault(version,
                                "0x" + Integer.toHexString(version)));
                    }
                    lines.add("versions: " + String.join(", ", versions));
                }
                default -> {
                    // key_share (51) holds the client's half of the key exchange, for one or
                    // two groups it guesses the server takes; signature_algorithms (13) the
                    // signatures it can check: no need to read them here.
                }
            }
        }
        // A few names a line, under the first, so that every line fits the book's code column.
        var row = new StringBuilder("extensions:");
        for (var name : names) {
            if (row.length() + 1 + name.length() > 72) {
                lines.add(row.toString());
                row = new StringBuilder(" ".repeat("extensions:".length()));
            }
            row.append(' ').append(name);
        }
        lines.add(row.toString());
        return lines;
    }
    // end::parse[]

    private static void skip(ByteBuffer in, int bytes) {
        in.position(in.position() + bytes);
    }
}
