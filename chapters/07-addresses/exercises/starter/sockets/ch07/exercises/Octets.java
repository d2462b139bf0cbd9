package sockets.ch07.exercises;

/** IPv4 addresses between text and bytes by hand: inet_ntop(3) and inet_pton(3) for AF_INET. */
public final class Octets {

    private Octets() {
    }

    /** The four bytes of an IPv4 address, network byte order, as 127.0.0.1. */
    public static String toDotted(byte[] address) {
        // TODO(exercise): four numbers from 0 to 255, joined by dots.
        throw new UnsupportedOperationException("Octets.toDotted is not written yet");
    }

    /** Exactly four decimal numbers from 0 to 255 joined by dots, as inet_pton(3) accepts. */
    public static byte[] fromDotted(String text) {
        // TODO(exercise): four bytes, or an IllegalArgumentException that says what is wrong.
        throw new UnsupportedOperationException("Octets.fromDotted is not written yet");
    }
}
