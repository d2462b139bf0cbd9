package sockets.ch10;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import jdk.jfr.consumer.RecordingStream;

/**
 * Three virtual threads wait for a client that says nothing, each from another place: inside
 * a synchronized block, under a C frame (qsort calling back into Java), and in a class's static
 * initialiser. JFR's jdk.VirtualThreadPinned event names those that kept their carrier thread.
 */
public final class PinningDemo {

    static final String USAGE = """
            usage: ./workbook run 10 pinning [--host ADDRESS] [--port PORT]
              Listens on ADDRESS:PORT, connects a client that never sends, and has three virtual
              threads wait 50 ms for it from three places while JFR records those that kept
              their carrier thread (pinned). It prints which did, and why.
            """;
    static final List<String> PLACES =
            List.of("in synchronized", "under a C frame", "in a class initialiser");
    static final int SILENCE_MS = 50;
    private static Socket silentClient;   // the socket every wait reads from

    public static void main(String[] args) throws InterruptedException {
        if (Options.wantHelp(args)) {
            System.out.print(USAGE);
            return;
        }
        try {
            var options = Options.parse(args);
            if (!options.limits().equals(Limits.DEFAULT)) {
                throw new Options.BadArgument("the demo takes only --host and --port.");
            }
            try (var listener = EchoServer.listen(
                    new InetSocketAddress(options.host(), options.port()));
                 var client = new Socket(listener.getInetAddress(), listener.getLocalPort());
                 var silent = listener.accept()) {
                watch(silent).forEach((place, verdict) -> System.out.println(place + ": "
                        + verdict));
            }
        } catch (Options.BadArgument | IOException e) {
            System.err.println(e.getMessage());
            System.exit(e instanceof Options.BadArgument ? 2 : 1);
        }
    }

    // tag::watch[]
    /** For each place, "not pinned", or "pinned" and why, as JFR's events say. */
    static Map<String, String> watch(Socket silent) throws InterruptedException {
        silentClient = silent;   // once per JVM: a class is initialised only once
        EchoServer.startPoller();   // now, or its own start shows among the events
        Map<String, Set<String>> reasons = new ConcurrentHashMap<>();
        try (var jfr = new RecordingStream()) {
            // every park of a pinned virtual thread, however short (by default, 20 ms or more)
            jfr.enable("jdk.VirtualThreadPinned").withThreshold(Duration.ZERO);
            jfr.onEvent("jdk.VirtualThreadPinned", event -> reasons
                    .computeIfAbsent(event.getThread().getJavaName(), name -> new TreeSet<>())
                    .add(event.getString("pinnedReason")));
            jfr.startAsync();
            var lock = new Object();
            Thread.ofVirtual().name(PLACES.get(0)).start(() -> {
                synchronized (lock) {
                    readFromSilentClient();
                }
            }).join();
            Thread.ofVirtual().name(PLACES.get(1)).start(PinningDemo::sortInC).join();
            Thread.ofVirtual().name(PLACES.get(2)).start(SlowToInitialise::touch).join();
            jfr.stop();   // returns once every event recorded so far has been delivered
        }
        var verdicts = new LinkedHashMap<String, String>();
        for (var place : PLACES) {   // JFR sees the JDK's own threads too: ours only
            var why = reasons.getOrDefault(place, Set.of());
            verdicts.put(place, why.isEmpty() ? "not pinned"
                    : "pinned\n  " + String.join("\n  ", why));   // a reason a line
        }
        return verdicts;
    }
    // end::watch[]

    // tag::read[]
    /** A read that parks: the client never sends, so SO_TIMEOUT ends it after 50 ms. */
    static void readFromSilentClient() {
        try {
            silentClient.setSoTimeout(SILENCE_MS);
            silentClient.getInputStream().read();
            throw new IllegalStateException("the silent client sent something");
        } catch (SocketTimeoutException expected) {
            // parked for SILENCE_MS; a virtual thread free to leave its carrier did leave it
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
    // end::read[]

    // tag::native[]
    /** C's qsort(3) sorts two ints and calls compare, a Java method, from its own C frame. */
    private static void sortInC() {
        var linker = Linker.nativeLinker();
        var qsort = linker.downcallHandle(linker.defaultLookup().find("qsort").orElseThrow(),
                FunctionDescriptor.ofVoid(ADDRESS, JAVA_LONG, JAVA_LONG, ADDRESS));
        try (var arena = Arena.ofConfined()) {
            var compare = MethodHandles.lookup().findStatic(PinningDemo.class, "compare",
                    MethodType.methodType(int.class, MemorySegment.class, MemorySegment.class));
            var callback = linker.upcallStub(compare,
                    FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS), arena);
            var two = arena.allocateFrom(JAVA_INT, 2, 1);
            qsort.invokeExact(two, 2L, JAVA_INT.byteSize(), callback);
        } catch (Throwable e) {
            throw new IllegalStateException("qsort failed", e);
        }
    }

    private static int compare(MemorySegment a, MemorySegment b) {
        readFromSilentClient();   // parks with qsort's C frame under it
        return Integer.compare(a.reinterpret(4).get(JAVA_INT, 0),
                b.reinterpret(4).get(JAVA_INT, 0));
    }
    // end::native[]

    // tag::initialiser[]
    private static final class SlowToInitialise {
        static {
            readFromSilentClient();   // parks inside <clinit>, which the JVM runs from C++
        }
        static void touch() {
        }
    }
    // end::initialiser[]
}
