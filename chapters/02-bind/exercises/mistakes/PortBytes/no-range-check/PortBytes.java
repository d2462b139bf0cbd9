package sockets.ch02.exercises;

/** A port as the two bytes of sin_port: network byte order, the high byte first. */
public final class PortBytes {

    private PortBytes() {
    }

    /** What htons(3) puts in memory: {high byte, low byte}; a port outside 0..65535 is refused. */
    public static byte[] toNetworkOrder(int port) {
        return new byte[] {(byte) (port >>> 8), (byte) port};
    }

    /** What ntohs(3) reads back: the port from exactly two bytes, high byte first. */
    public static int fromNetworkOrder(byte[] bytes) {
        if (bytes.length != 2) {
            throw new IllegalArgumentException("a port is 2 bytes, not " + bytes.length);
        }
        return (bytes[0] & 0xFF) << 8 | (bytes[1] & 0xFF);
    }
}
