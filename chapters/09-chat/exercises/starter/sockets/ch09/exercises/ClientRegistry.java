package sockets.ch09.exercises;

/**
 * The clients connected to a chat server, shared by all their threads: each client's thread
 * adds it, removes it and broadcasts its lines, all at the same time.
 */
public final class ClientRegistry {

    /** A connected client, as the registry sees it. */
    public interface Recipient {
        /** Hands the client a line without waiting; false when it cannot take one more. */
        boolean deliver(String line);
    }

    // TODO(exercise): choose the collection that holds the recipients. Many threads use it
    // at once, and one of them may be walking it in broadcast() while others add and remove.

    /** Adds a client; false if it was already there. */
    public boolean add(Recipient recipient) {
        // TODO(exercise)
        throw new UnsupportedOperationException("ClientRegistry.add is not written yet");
    }

    /** Removes a client; false if it was not there (already removed by another thread). */
    public boolean remove(Recipient recipient) {
        // TODO(exercise)
        throw new UnsupportedOperationException("ClientRegistry.remove is not written yet");
    }

    public int size() {
        // TODO(exercise)
        throw new UnsupportedOperationException("ClientRegistry.size is not written yet");
    }

    /**
     * Delivers the line to every client but the sender. A client that refuses it is removed.
     * Returns how many clients got the line.
     */
    public int broadcast(Recipient sender, String line) {
        // TODO(exercise)
        throw new UnsupportedOperationException("ClientRegistry.broadcast is not written yet");
    }
}
