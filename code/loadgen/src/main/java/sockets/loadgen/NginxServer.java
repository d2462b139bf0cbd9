package sockets.loadgen;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * nginx, started by an ordinary user for {@link HttpBench}: its {@link NginxConfig} written into a
 * folder of its own, where nginx keeps its pid file and temporary files, its log on stderr, in
 * the foreground, listening on one loopback port, serving one folder. It is ready when it says
 * it started its workers; a port another program took meanwhile makes it try another.
 */
final class NginxServer implements AutoCloseable {

    /** Tries of a free port: nginx cannot listen on port 0 and say which port it got. */
    static final int PORT_TRIES = 5;

    private final Process process;
    private final int port;
    private final List<String> log;

    private NginxServer(Process process, int port, List<String> log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /**
     * Starts {@code nginx} serving {@code site}, its files in {@code folder}, on a free loopback
     * port: one a socket bound to port 0 was given and closed, which another program may take
     * before nginx binds it; then nginx says "Address already in use" and another is tried.
     */
    static NginxServer start(Path nginx, Path site, Path folder) throws IOException {
        Files.createDirectories(folder);
        var version = versionText(nginx);
        var failures = new ArrayList<String>();
        for (int attempt = 0; attempt < PORT_TRIES; attempt++) {
            int port = BenchTools.freePort();
            var conf = folder.resolve("nginx.conf");
            Files.writeString(conf, NginxConfig.of(site, port, version));
            // -e stderr: the messages from before it read the configuration, too (nginx 1.19.5+).
            var process = new ProcessBuilder(nginx.toString(), "-e", "stderr",
                    "-p", folder.toAbsolutePath() + "/", "-c", conf.toAbsolutePath().toString())
                    .redirectErrorStream(true).start();
            process.getOutputStream().close();
            var log = new ArrayList<String>();
            var ready = new CompletableFuture<Boolean>();
            Thread.ofPlatform().daemon().start(() -> read(process, log, ready));
            boolean started;
            try {
                started = ready.get(20, TimeUnit.SECONDS);
            } catch (Exception notInTime) {
                started = false;
            }
            var server = new NginxServer(process, port, log);
            if (started) {
                return server;
            }
            server.close();
            var said = server.logText();
            if (!said.contains("Address already in use")) {
                throw new IOException("nginx did not start: " + said.strip());
            }
            failures.add(String.valueOf(port));
        }
        throw new IOException("nginx found each port taken (" + String.join(", ", failures) + ")");
    }

    /** Reads what nginx says until it exits; ready when its master has started the workers. */
    private static void read(Process process, List<String> log, CompletableFuture<Boolean> ready) {
        try (var lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line; (line = lines.readLine()) != null; ) {
                synchronized (log) {
                    if (log.size() < 200) {
                        log.add(line);
                    }
                }
                if (line.contains("start worker process ")) {
                    ready.complete(true);
                }
            }
        } catch (IOException ended) {
            // nginx is gone
        }
        ready.complete(false);
    }

    private static String versionText(Path nginx) throws IOException {
        var process = new ProcessBuilder(nginx.toString(), "-V").redirectErrorStream(true).start();
        try {
            var text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            process.waitFor(10, TimeUnit.SECONDS);
            return text;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while asking nginx -V", e);
        } finally {
            process.destroyForcibly();
        }
    }

    int port() {
        return port;
    }

    /** The master process, whose children are the workers. */
    ProcessHandle master() {
        return process.toHandle();
    }

    /** The lines nginx has logged so far (the first 200). */
    String logText() {
        synchronized (log) {
            return String.join("\n", log);
        }
    }

    /**
     * CPU time, user and system, of the master and its workers so far, in ms, from /proc
     * (Linux), or -1. The workers serve every request; the master only watches them.
     */
    long cpuMillis() {
        long sum = ServerProcess.cpuMillis(process.pid());
        if (sum < 0) {
            return -1;
        }
        for (var worker : process.descendants().toList()) {
            sum += Math.max(0, ServerProcess.cpuMillis(worker.pid()));
        }
        return sum;
    }

    /**
     * SIGTERM to the master, which stops its workers (a fast shutdown); if it has not gone within
     * a few seconds, SIGKILL to it and its workers, which would outlive a killed master.
     */
    @Override
    public void close() {
        var workers = process.descendants().toList();
        process.destroy();
        try {
            if (!process.waitFor(8, TimeUnit.SECONDS)) {
                workers.forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            workers.forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }
}
