package sockets.ch15;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * The chapter's keys and certificates, made by {@code keytool}, the JDK's own, the first time a
 * program needs them, in the chapter's {@code target/tls-keys/}: never in the repository, as a
 * private key belongs to one machine. A classroom CA signs three server certificates; a fourth
 * signs itself. A server's key store holds its private key and its certificate chain: what it
 * proves itself with. The client's trust store holds the CA's certificate alone: whom it
 * believes.
 */
final class Keys {

    /** Every store's password: these keys never leave target/, and a test must open them. */
    static final char[] PASSWORD = "workbook".toCharArray();

    /** The certificates a server can present: {@code --cert NAME}. */
    // tag::identities[]
    enum Identity {
        LOCALHOST("CN=localhost", "san=dns:localhost,ip:127.0.0.1", "-validity", "3650"),
        OTHER_HOST("CN=other.example", "san=dns:other.example", "-validity", "3650"),
        EXPIRED("CN=localhost", "san=dns:localhost,ip:127.0.0.1",
                "-startdate", "-10d", "-validity", "1"),
        SELF_SIGNED("CN=localhost", "san=dns:localhost,ip:127.0.0.1", "-validity", "3650");

        final List<String> keytoolWords;

        Identity(String subject, String names, String... validity) {
            var words = new ArrayList<>(List.of("-genkeypair", "-alias", alias(), "-dname", subject,
                    "-ext", names));
            words.addAll(List.of(validity));
            if (!alias().equals("self-signed")) {
                words.addAll(List.of("-signer", "ca")); // the classroom CA signs it
            }
            this.keytoolWords = List.copyOf(words);
        }
        // end::identities[]

        String alias() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        static Identity named(String alias) throws Options.BadArgument {
            for (var identity : values()) {
                if (identity.alias().equals(alias)) {
                    return identity;
                }
            }
            throw new Options.BadArgument("--cert must be localhost, other-host, expired or self-signed, not '"
                    + alias + "'.");
        }
    }

    /** The CA, made first: {@code bc:c} marks its certificate as one that may sign others. */
    static final List<String> CA = List.of("-genkeypair", "-alias", "ca",
            "-dname", "CN=Workbook classroom CA", "-ext", "bc:c", "-validity", "3650");

    private Keys() {
    }

    // tag::contexts[]
    /** What a server proves itself with: its private key and certificate chain. */
    static SSLContext serverContext(Identity identity) throws IOException {
        try {
            var keyStore = KeyStore.getInstance(
                    KeyMaker.made().resolve(identity.alias() + ".p12").toFile(), PASSWORD);
            var keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(keyStore, PASSWORD);
            var context = SSLContext.getInstance("TLS");
            // No trust managers: this server asks no certificate of its clients.
            context.init(keys.getKeyManagers(), null, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot read the key store of " + identity.alias() + ": "
                    + e.getMessage(), e);
        }
    }

    /** Whom a client believes: the certificates in its trust store, here the classroom CA's. */
    static SSLContext clientContext() throws IOException {
        try {
            var trustStore = KeyStore.getInstance(
                    KeyMaker.made().resolve("truststore.p12").toFile(), PASSWORD);
            var trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(trustStore);
            var context = SSLContext.getInstance("TLS");
            // No key managers: this client proves nothing about itself.
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot read the trust store: " + e.getMessage(), e);
        }
    }
    // end::contexts[]

    static final String USAGE = """
            usage: ./workbook run 15 keys
              Makes the chapter's keys and certificates with keytool, if they are not made
              yet, and says which file is which.
            """;

    public static void main(String[] args) {
        if (Options.wantHelp(args)) {
            System.out.print(USAGE);
            return;
        }
        if (args.length > 0) {
            System.err.println("unknown argument '" + args[0] + "' (try --help).");
            System.exit(2);
        }
        try {
            KeyMaker.made();
        } catch (IOException e) {
            System.err.println("could not make the keys: " + Options.lower(e) + ".");
            System.exit(1);
        }
        System.out.print("""
                chapter 15's keys, made by keytool, are in its target/tls-keys/ (password workbook):
                  ca.p12          the classroom CA: its private key and its self-signed certificate
                  localhost.p12   a server's key store: its key, its certificate for localhost
                                  and 127.0.0.1, signed by the CA, and the CA's certificate
                  other-host.p12  the same for other.example
                  expired.p12     the same for localhost, expired nine days ago
                  self-signed.p12 a key for localhost whose certificate no CA signed
                  truststore.p12  a client's trust store: the CA's certificate, and no key
                  ca.pem          the CA's certificate, for openssl s_client -CAfile
                  localhost.pem   localhost's key and chain, for openssl s_server -cert
                """);
    }
}
