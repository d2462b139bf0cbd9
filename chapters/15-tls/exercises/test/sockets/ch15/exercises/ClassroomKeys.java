package sockets.ch15.exercises;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.TrustManagerFactory;

/**
 * The chapter's keys for the exercises' tests: the stores in chapters/15-tls/target/tls-keys/,
 * made by the chapter's {@code keys} program ({@code ./workbook run 15 keys}) if they are not
 * there yet. The tests run from the chapter's directory under Maven, and from the
 * repository's root under ./workbook check.
 */
final class ClassroomKeys {

    private static final char[] PASSWORD = "workbook".toCharArray();

    private ClassroomKeys() {
    }

    /** A listener on 127.0.0.1, port 0, that shows the certificate {@code alias} and takes these versions. */
    static SSLServerSocket listen(String alias, String... protocols) throws IOException {
        try {
            var keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(KeyStore.getInstance(store(alias + ".p12").toFile(), PASSWORD), PASSWORD);
            var context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), null, null);
            var listener = (SSLServerSocket) context.getServerSocketFactory()
                    .createServerSocket(0, 50, InetAddress.getLoopbackAddress());
            listener.setEnabledProtocols(protocols);
            return listener;
        } catch (GeneralSecurityException e) {
            throw new IOException(e);
        }
    }

    /** A client's context that trusts the classroom CA. */
    static SSLContext trusting() throws IOException {
        try {
            var trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(KeyStore.getInstance(store("truststore.p12").toFile(), PASSWORD));
            var context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IOException(e);
        }
    }

    private static synchronized Path store(String name) throws IOException {
        var chapter = Files.isDirectory(Path.of("chapters", "15-tls")) ? Path.of("chapters", "15-tls") : Path.of(".");
        var file = chapter.resolve("target").resolve("tls-keys").resolve(name);
        if (!Files.isRegularFile(file)) {
            var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            var keys = new ProcessBuilder(java, "-cp", chapter.resolve("target/classes").toString(), "sockets.ch15.Keys")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            try {
                if (!keys.waitFor(60, TimeUnit.SECONDS) || keys.exitValue() != 0 || !Files.isRegularFile(file)) {
                    throw new IOException("could not make the chapter's keys: run ./workbook run 15 keys");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while the keys were made", e);
            } finally {
                keys.destroyForcibly();
            }
        }
        return file;
    }
}
