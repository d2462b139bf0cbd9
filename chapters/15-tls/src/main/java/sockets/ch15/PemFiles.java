package sockets.ch15;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Base64;

/**
 * The chapter's keys in PEM, the text form openssl reads: the classroom CA's certificate for
 * {@code openssl s_client -CAfile ca.pem}, and the localhost key with its chain for
 * {@code openssl s_server -cert localhost.pem}. Java keeps them in PKCS12 stores instead.
 */
final class PemFiles {

    private PemFiles() {
    }

    static void write(Path directory, KeyStore ca, KeyStore localhost)
            throws IOException, GeneralSecurityException {
        Files.writeString(directory.resolve("ca.pem"), pem("CERTIFICATE", ca.getCertificate("ca").getEncoded()));
        var text = new StringBuilder(pem("PRIVATE KEY", localhost.getKey("localhost", Keys.PASSWORD).getEncoded()));
        for (var certificate : localhost.getCertificateChain("localhost")) {
            text.append(pem("CERTIFICATE", certificate.getEncoded()));
        }
        Files.writeString(directory.resolve("localhost.pem"), text);
    }

    /** DER bytes as PEM: base64 in lines of 64 between BEGIN and END lines (RFC 7468). */
    private static String pem(String label, byte[] der) {
        var base64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return "-----BEGIN " + label + "-----\n" + base64 + "\n-----END " + label + "-----\n";
    }
}
