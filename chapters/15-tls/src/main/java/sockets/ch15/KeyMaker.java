package sockets.ch15;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Makes the chapter's key stores and trust store with {@code keytool}, the JDK's own tool: the
 * JDK has no public API that signs a certificate, and keytool is what a reader would type.
 * Each call is a JVM of its own (about a second), so the four certificates are made at once.
 */
final class KeyMaker {

    private KeyMaker() {
    }

    /** The chapter's target/tls-keys/, found from the program's own class directory. */
    static Path directory() {
        try {
            var classes = Path.of(KeyMaker.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return classes.resolveSibling("tls-keys");
        } catch (URISyntaxException e) {
            throw new IllegalStateException("no class directory for " + KeyMaker.class, e);
        }
    }

    /** The directory with every store in it, made by keytool if it is not there yet. */
    static synchronized Path made() throws IOException {
        var directory = directory();
        if (Files.isRegularFile(directory.resolve("truststore.p12"))) {
            return directory;
        }
        Files.createDirectories(directory.getParent());
        // Made aside, then renamed into place in one rename(2): programs and tests that start
        // at once never see half a set, and the first to finish wins. The directory aside is
        // rwx------ (createTempDirectory's on POSIX): the keys keytool writes, under the
        // umask, are closed to others until they are narrowed to rw------- below.
        var aside = Files.createTempDirectory(directory.getParent(), "tls-keys-");
        try {
            make(aside);
            Files.move(aside, directory, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileSystemException someoneElseWon) {
            if (!Files.isRegularFile(directory.resolve("truststore.p12"))) {
                throw someoneElseWon;
            }
        } finally {
            if (Files.exists(aside)) {
                try (var files = Files.walk(aside)) {
                    for (var file : files.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(file);
                    }
                }
            }
        }
        return directory;
    }

    // tag::keytool[]
    /** The keytool words every call shares: where the store is, its type and password, the key. */
    static List<String> common(String store) {
        return List.of("-keystore", store, "-storetype", "PKCS12", "-storepass",
                new String(Keys.PASSWORD), "-keyalg", "EC", "-groupname", "secp256r1");
    }
    // end::keytool[]

    static void make(Path directory) throws IOException {
        keytool(directory, "ca.p12", Keys.CA).waitFor();
        // -signer takes the CA from the store it writes to: each signed certificate starts
        // from a copy of the CA's store, and loses the CA's private key below.
        var running = new ArrayList<Keytool>();
        for (var identity : Keys.Identity.values()) {
            var store = identity.alias() + ".p12";
            if (identity != Keys.Identity.SELF_SIGNED) {
                Files.copy(directory.resolve("ca.p12"), directory.resolve(store));
            }
            running.add(keytool(directory, store, identity.keytoolWords));
        }
        for (var keytool : running) {
            keytool.waitFor();
        }
        try {
            for (var identity : Keys.Identity.values()) {
                // A server's key store holds its own key and chain, never the CA's key.
                var file = directory.resolve(identity.alias() + ".p12");
                var store = KeyStore.getInstance(file.toFile(), Keys.PASSWORD);
                if (store.containsAlias("ca")) {
                    store.deleteEntry("ca");
                }
                try (var out = Files.newOutputStream(file)) {
                    store.store(out, Keys.PASSWORD);
                }
                PemFiles.ownerOnly(file);   // a private key: the owner's alone
            }
            PemFiles.ownerOnly(directory.resolve("ca.p12"));
            // The trust store: the CA's certificate, without its key. keytool would do it
            // in two more JVMs (-exportcert, -importcert); KeyStore does it in this one.
            var ca = KeyStore.getInstance(directory.resolve("ca.p12").toFile(), Keys.PASSWORD);
            var trust = KeyStore.getInstance("PKCS12");
            trust.load(null, null);
            trust.setCertificateEntry("workbook-classroom-ca", ca.getCertificate("ca"));
            try (var out = Files.newOutputStream(directory.resolve("truststore.p12"))) {
                trust.store(out, Keys.PASSWORD);
            }
            PemFiles.write(directory, ca,
                    KeyStore.getInstance(directory.resolve("localhost.p12").toFile(), Keys.PASSWORD));
        } catch (GeneralSecurityException e) {
            throw new IOException("keytool's stores cannot be read: " + e.getMessage(), e);
        }
    }

    /** One keytool run in {@code directory}, started now; {@link Keytool#waitFor()} ends it. */
    private static Keytool keytool(Path directory, String store, List<String> words) throws IOException {
        var command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                // keytool is a Java program: start it quickly, it runs for a second.
                "-J-XX:TieredStopAtLevel=1", "-J-XX:+UseSerialGC", "-J-XX:-UsePerfData"));
        command.addAll(words);
        command.addAll(common(store));
        var process = new ProcessBuilder(command).directory(directory.toFile())
                .redirectErrorStream(true).start();
        return new Keytool(process, String.join(" ", words));
    }

    private record Keytool(Process process, String what) {
        void waitFor() throws IOException {
            try {
                var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                    process.destroyForcibly();
                    throw new IOException("keytool " + what + " failed: " + output.strip());
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while keytool made the keys", e);
            }
        }
    }
}
