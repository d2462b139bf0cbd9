package sockets.ch09.exercises;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

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

    // Weakly consistent iteration: no ConcurrentModificationException, and no lock held
    // while a recipient's deliver() runs.
    private final Set<Recipient> recipients = ConcurrentHashMap.newKeySet();

    /** Adds a client; false if it was already there. */
    public boolean add(Recipient recipient) {
        return recipients.add(recipient);
    }

    /** Removes a client; false if it was not there (already removed by another thread). */
    public boolean remove(Recipient recipient) {
        return recipients.remove(recipient);
    }

    public int size() {
        return recipients.size();
    }

    /**
     * Delivers the line to every client but the sender. A client that refuses it is removed.
     * Returns how many clients got the line.
     */
    public int broadcast(Recipient sender, String line) {
        int delivered = 0;
        for (var recipient : recipients) {
            if (recipient == sender) {
                continue;
            }
            if (recipient.deliver(line)) {
                delivered++;
            } else {
                recipients.remove(recipient);
            }
        }
        return delivered;
    }
}
