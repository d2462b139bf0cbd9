package sockets.ch08.exercises;

public final class ConnectionCounter {

    private volatile int current;
    private volatile int peak;

    public void opened() {
        current++;
        if (current > peak) {
            peak = current;
        }
    }

    public void closed() {
        current--;
    }

    public int current() {
        return current;
    }

    public int peak() {
        return peak;
    }
}
