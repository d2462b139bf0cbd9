package sockets.ch15;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.Set;

/**
 * The chapter's keys in PEM, the text form openssl reads: the classroom CA's certificate for
 * {@code openssl s_client -CAfile ca.pem}, and the localhost key with its chain for
 * {@code openssl s_server -cert localhost.pem}. Java keeps them in PKCS12 stores instead.
 */
final class PemFiles {

    /** Read and write for the user who made the keys, nothing for anyone else: 0600. */
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private PemFiles() {
    }

    static void write(Path directory, KeyStore ca, KeyStore localhost)
            throws IOException, GeneralSecurityException {
        Files.writeString(directory.resolve("ca.pem"), pem("CERTIFICATE", ca.getCertificate("ca").getEncoded()));
        var text = new StringBuilder(pem("PRIVATE KEY", localhost.getKey("localhost", Keys.PASSWORD).getEncoded()));
        for (var certificate : localhost.getCertificateChain("localhost")) {
            text.append(pem("CERTIFICATE", certificate.getEncoded()));
        }
        Files.writeString(createOwnerOnly(directory.resolve("localhost.pem")), text);
    }

    /**
     * A new empty file that only its owner may read, created so (open(2) with mode 0600, which
     * no umask widens): it is never readable by others, not for an instant. Where the file
     * system has no POSIX permissions (Windows' NTFS has access lists instead), the file is
     * created plain and inherits its directory's access list: this program does not narrow it.
     */
    static Path createOwnerOnly(Path file) throws IOException {
        return posix(file) ? Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY))
                : Files.createFile(file);
    }

    /** Narrows a file another program wrote (keytool) to its owner, where the file system can. */
    static void ownerOnly(Path file) throws IOException {
        if (posix(file)) {
            Files.setPosixFilePermissions(file, OWNER_ONLY);
        }
    }

    private static boolean posix(Path file) throws IOException {
        return Files.getFileStore(file.toAbsolutePath().getParent()).supportsFileAttributeView(PosixFileAttributeView.class);
    }

    /** DER bytes as PEM: base64 in lines of 64 between BEGIN and END lines (RFC 7468). */
    private static String pem(String label, byte[] der) {
        var base64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return "-----BEGIN " + label + "-----\n" + base64 + "\n-----END " + label + "-----\n";
    }
}
