package sockets.ch17;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;

/**
 * A key and a self-signed certificate for 127.0.0.1 made by the JDK's keytool for one test
 * class, in its temporary folder: the server's TLS listener, and what each client trusts.
 */
record TestKeys(Path store, Path pem, X509Certificate certificate) {

    static TestKeys make(Path folder) {
        var store = folder.resolve("localhost.p12");
        var pem = folder.resolve("localhost.pem");
        keytool("-genkeypair", "-keystore", store.toString(), "-storetype", "PKCS12", "-storepass", "workbook",
                "-alias", "localhost", "-keyalg", "EC", "-dname", "CN=localhost",
                "-ext", "san=dns:localhost,ip:127.0.0.1", "-validity", "2");
        try {
            var keys = KeyStore.getInstance(store.toFile(), TlsKeys.PASSWORD);
            var certificate = (X509Certificate) keys.getCertificate("localhost");
            // What keytool -exportcert -rfc writes, without a second keytool JVM: PEM, RFC 7468.
            Files.writeString(pem, "-----BEGIN CERTIFICATE-----\n"
                    + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(certificate.getEncoded())
                    + "\n-----END CERTIFICATE-----\n", StandardCharsets.US_ASCII);
            return new TestKeys(store, pem, certificate);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("keytool made a store the JDK cannot read", e);
        }
    }

    private static void keytool(String... args) {
        // A JVM of a second: C1 alone and the serial collector cost it less CPU (chapter 15's KeyMaker too).
        var command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "keytool")
                .toString(), "-J-XX:TieredStopAtLevel=1", "-J-XX:+UseSerialGC", "-J-XX:-UsePerfData"));
        command.addAll(List.of(args));
        try {
            var process = new ProcessBuilder(command).redirectErrorStream(true).start();
            var output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("keytool failed: " + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run keytool", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while keytool ran", e);
        }
    }

    /** An SSLServerSocket on 127.0.0.1, port 0, with the server's long backlog. */
    ServerSocket listener() {
        try {
            var listener = TlsKeys.serverSockets(store).createServerSocket();
            listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), HttpServer.BACKLOG);
            return listener;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen with TLS", e);
        }
    }

    /** Client sockets that trust this certificate and nothing else. */
    SSLSocketFactory clientSockets() {
        try {
            var trusted = KeyStore.getInstance("PKCS12");
            trusted.load(null, null);
            trusted.setCertificateEntry("localhost", certificate);
            var trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(trusted);
            var context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context.getSocketFactory();
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot make the client's trust", e);
        }
    }

    /** Base64 of the SHA-256 of the public key's encoding: what Chromium pins with a flag. */
    String publicKeyPin() {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(certificate.getPublicKey().getEncoded());
            return Base64.getEncoder().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
