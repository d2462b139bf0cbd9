package sockets.ch02.exercises;

/** A port as the two bytes of sin_port: network byte order, the high byte first. */
public final class PortBytes {

    private PortBytes() {
    }

    /** What htons(3) puts in memory: {high byte, low byte}; a port outside 0..65535 is refused. */
    public static byte[] toNetworkOrder(int port) {
        // TODO(exercise): check the range, then split the port with shifts and masks.
        throw new UnsupportedOperationException("PortBytes.toNetworkOrder is not written yet");
    }

    /** What ntohs(3) reads back: the port from exactly two bytes, high byte first. */
    public static int fromNetworkOrder(byte[] bytes) {
        // TODO(exercise): check there are two bytes, then join them into 0..65535.
        throw new UnsupportedOperationException("PortBytes.fromNetworkOrder is not written yet");
    }
}
