package sockets.ch15;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.KeyStore;
import java.security.cert.CertificateExpiredException;
import java.security.cert.X509Certificate;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import sockets.testkit.Transcript;

/** What the key stores and the trust store hold: a server's proof, a client's belief. */
@Timeout(60)
class KeysTest {

    private static KeyStore store(String name) throws Exception {
        return KeyStore.getInstance(KeyMaker.made().resolve(name).toFile(), Keys.PASSWORD);
    }

    @Test
    void a_servers_key_store_holds_its_key_and_its_chain_up_to_the_ca_and_no_other_key() throws Exception {
        var store = store("localhost.p12");
        assertEquals(List.of("localhost"), Collections.list(store.aliases()), "one entry: not the CA's key");
        assertTrue(store.isKeyEntry("localhost"));
        var chain = store.getCertificateChain("localhost");
        assertEquals(2, chain.length, "the server's certificate, then the CA's");
        var certificate = (X509Certificate) chain[0];
        assertEquals("CN=Workbook classroom CA", certificate.getIssuerX500Principal().getName());
        assertEquals(List.of(List.of(2, "localhost"), List.of(7, "127.0.0.1")),
                List.copyOf(certificate.getSubjectAlternativeNames()),
                "subjectAltName: DNS (2) localhost and IP address (7) 127.0.0.1");
    }

    @Test
    void the_trust_store_holds_the_cas_certificate_and_no_key() throws Exception {
        var store = store("truststore.p12");
        var aliases = Collections.list(store.aliases());
        assertEquals(1, aliases.size());
        assertTrue(store.isCertificateEntry(aliases.getFirst()), "a trusted certificate");
        assertFalse(store.isKeyEntry(aliases.getFirst()), "a client checks signatures, never makes them");
        assertEquals(Integer.MAX_VALUE, ((X509Certificate) store.getCertificate(aliases.getFirst())).getBasicConstraints(),
                "the CA may sign certificates (bc:c, no path length limit)");
    }

    @Test
    void the_expired_certificate_is_past_its_end() throws Exception {
        var certificate = (X509Certificate) store("expired.p12").getCertificate("expired");
        assertThrows(CertificateExpiredException.class, certificate::checkValidity);
    }

    @Test
    void the_keys_program_says_which_file_is_which() {
        var result = Transcript.load("keys.txt").verify();
        assertEquals(0, result.exitCode(), result::toString);
    }
}
