package sockets.ch09;

import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

/** A member without a socket: its outbox is a queue the test looks into. */
record FakeMember(String name, ConcurrentLinkedQueue<String> outbox, AtomicBoolean stalled, AtomicBoolean closed)
        implements ChatRoom.Member {

    static FakeMember named(String name) {
        return new FakeMember(name, new ConcurrentLinkedQueue<>(), new AtomicBoolean(), new AtomicBoolean());
    }

    /** From now on its outbox is full, as for a client that stopped reading. */
    FakeMember stopReading() {
        stalled.set(true);
        return this;
    }

    @Override
    public boolean offer(String line) {
        return !stalled.get() && outbox.offer(line);
    }

    @Override
    public int queued() {
        return outbox.size();
    }

    @Override
    public void close() {
        closed.set(true);
    }

    List<String> received() {
        return List.copyOf(outbox);
    }
}
