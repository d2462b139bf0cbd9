package sockets.loadgen;

import java.nio.file.Path;
import java.util.List;

/**
 * One echo server design of the bench: its name in the tables, the command that starts it on
 * port 0 (it prints {@code listening on HOST:PORT}), and a file that exists once it is built.
 */
record Design(String name, List<String> command, Path needs) {

    /** The Java yardstick's name: NioByteEcho. */
    static final String YARDSTICK = "yardstick: NIO bytes (Java)";

    static List<Design> all(Path root) {
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var ch06 = root.resolve("chapters/06-send-and-receive/target/classes");
        var ch08 = root.resolve("chapters/08-thread-per-client/target/classes");
        var ch10 = root.resolve("chapters/10-pools-and-virtual-threads/target/classes");
        var ch13 = root.resolve("chapters/13-non-blocking-io/target/classes");
        var loadgen = root.resolve("code/loadgen/target/classes");
        var c = root.resolve("code/bench-c/target");
        return List.of(
                new Design("06 iterative (Java)", List.of(java, "-cp", ch06.toString(),
                        "sockets.ch06.EchoServer"), ch06.resolve("sockets/ch06/EchoServer.class")),
                new Design("08 thread per client (Java)", List.of(java, "-cp", ch08.toString(),
                        "sockets.ch08.ThreadedEchoServer", "--max-clients", "10000"),
                        ch08.resolve("sockets/ch08/ThreadedEchoServer.class")),
                new Design("10 pool of 200 (Java)", List.of(java, "-cp", ch10.toString(),
                        "sockets.ch10.EchoServer", "--executor", "pool", "--pool-size", "200",
                        "--queue", "10000"), ch10.resolve("sockets/ch10/EchoServer.class")),
                new Design("10 virtual threads (Java)", List.of(java, "-cp", ch10.toString(),
                        "sockets.ch10.EchoServer"), ch10.resolve("sockets/ch10/EchoServer.class")),
                // The same server with one carrier thread: where the generator shares the
                // machine, carriers that steal work from each other cost more than they give.
                new Design("10 virtual, 1 carrier (Java)", List.of(java,
                        "-Djdk.virtualThreadScheduler.parallelism=1", "-cp", ch10.toString(),
                        "sockets.ch10.EchoServer"), ch10.resolve("sockets/ch10/EchoServer.class")),
                new Design("13 selector, one thread (Java)", List.of(java, "-cp", ch13.toString(),
                        "sockets.ch13.SelectorServer"), ch13.resolve("sockets/ch13/SelectorServer.class")),
                // Not a design of the book: the least a JDK selector server does (see the file).
                new Design(YARDSTICK, List.of(java, "-cp", loadgen.toString(),
                        "sockets.loadgen.NioByteEcho", "0"), loadgen.resolve("sockets/loadgen/NioByteEcho.class")),
                new Design("C thread per client", List.of(c.resolve("thread_per_client_echo").toString(),
                        "0"), c.resolve("thread_per_client_echo")),
                new Design(BenchTable.REFERENCE, List.of(c.resolve("epoll_echo").toString(), "0"),
                        c.resolve("epoll_echo")));
    }
}
