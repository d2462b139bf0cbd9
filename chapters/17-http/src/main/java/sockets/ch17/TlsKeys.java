package sockets.ch17;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.List;
import javax.net.ServerSocketFactory;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * HTTPS with chapter 15's keys: the certificate for localhost that chapter 15's classroom CA
 * signed, and its private key. The server is the same; only its sockets change, for
 * {@code SSLServerSocket}s that do the TLS handshake when a connection is first read.
 */
final class TlsKeys {

    /** Chapter 15's keys, seen from the workbook's folder or from this chapter's. */
    static final List<Path> FOLDERS = List.of(Path.of("chapters/15-tls/target/tls-keys"),
            Path.of("../15-tls/target/tls-keys"));
    static final char[] PASSWORD = "workbook".toCharArray();

    private TlsKeys() {
    }

    /** Sockets that speak TLS with chapter 15's localhost key, or one sentence why not. */
    static ServerSocketFactory chapter15() throws Options.BadArgument, IOException {
        return firstOf(FOLDERS);
    }

    /** Sockets with the localhost key of the first of the folders that has one. */
    static ServerSocketFactory firstOf(List<Path> folders) throws Options.BadArgument, IOException {
        for (var folder : folders) {
            var store = folder.resolve("localhost.p12");
            if (Files.isRegularFile(store)) {
                return serverSockets(store);
            }
        }
        throw new Options.BadArgument("--tls needs chapter 15's keys, which are not made yet:"
                + " run ./workbook run 15 keys first.");
    }

    // tag::tls[]
    /** A PKCS #12 store with a private key and its certificate chain: the server's identity. */
    static ServerSocketFactory serverSockets(Path store) throws IOException {
        try {
            var keyStore = KeyStore.getInstance(store.toFile(), PASSWORD);
            var keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(keyStore, PASSWORD);
            var context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), null, null);      // no client certificates asked
            return context.getServerSocketFactory();
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot read the key store " + store + ": " + e.getMessage(), e);
        }
    }
    // end::tls[]
}
