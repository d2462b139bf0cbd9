package sockets.ch07.exercises;

/** IPv4 addresses between text and bytes by hand: inet_ntop(3) and inet_pton(3) for AF_INET. */
public final class Octets {

    private Octets() {
    }

    /** The four bytes of an IPv4 address, network byte order, as 127.0.0.1. */
    public static String toDotted(byte[] address) {
        if (address.length != 4) {
            throw new IllegalArgumentException("an IPv4 address has 4 bytes, not " + address.length);
        }
        var text = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            text.append(i == 0 ? "" : ".").append(address[i] & 0xFF);
        }
        return text.toString();
    }

    /** Exactly four decimal numbers from 0 to 255 joined by dots, as inet_pton(3) accepts. */
    public static byte[] fromDotted(String text) {
        var parts = text.split("\\.", -1);
        if (parts.length != 4) {
            throw new IllegalArgumentException("'" + text + "' does not have four parts");
        }
        var address = new byte[4];
        for (int i = 0; i < 4; i++) {
            var part = parts[i];
            if (!part.matches("[0-9]{1,3}")) {
                throw new IllegalArgumentException("'" + part + "' in '" + text + "' is not an octet");
            }
            int value = Integer.parseInt(part);
            if (value > 255) {
                throw new IllegalArgumentException(value + " in '" + text + "' is not an octet (0-255)");
            }
            address[i] = (byte) value;
        }
        return address;
    }
}
