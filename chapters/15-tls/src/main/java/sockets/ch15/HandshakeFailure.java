package sockets.ch15;

import java.io.EOFException;
import java.io.IOException;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateException;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Why a TLS handshake failed, in one sentence for the user. The JDK says it in an exception
 * whose cause chain holds the reason: a type where there is one (an expired certificate, no
 * path to a trusted certificate), else the words of the message, which are the JDK's and
 * no API: the tests of this chapter notice when a new JDK changes them.
 */
final class HandshakeFailure {

    /** The alert the peer sent, as the JDK writes it: "Received fatal alert: bad_certificate". */
    private static final Pattern ALERT = Pattern.compile("Received fatal alert: (\\w+)");

    /** The alerts that say the peer refused a certificate (RFC 8446, 6.2); others say something else. */
    private static final Set<String> CERTIFICATE_ALERTS = Set.of("bad_certificate",
            "unsupported_certificate", "certificate_revoked", "certificate_expired", "certificate_unknown",
            "unknown_ca", "bad_certificate_status_response");

    private HandshakeFailure() {
    }

    // tag::client[]
    /** Why a client's handshake with a server failed; {@code name} is the name it asked for. */
    static String explainToClient(IOException e, String name) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof CertificateExpiredException) {
                return "the server's certificate has expired";
            }
            if (cause instanceof CertPathBuilderException) {
                return "the server's certificate is signed by no one this client trusts";
            }
            if (cause instanceof CertificateException && String.valueOf(cause.getMessage())
                    .startsWith("No subject alternative")) {
                return "the server's certificate is not for " + name;
            }
        }
        var message = String.valueOf(e.getMessage());
        if (message.contains("protocol_version")) {
            return "the server and this client share no TLS version";
        }
        if (message.contains("Unsupported or unrecognized SSL message")) {
            return "the server answered with bytes that are not TLS: it is not a TLS server";
        }
        if (e instanceof EOFException || message.contains("Remote host terminated the handshake")) {
            return "the server closed the connection in the middle of the handshake:"
                    + " it does not speak TLS, or it refused this client";
        }
        var alert = ALERT.matcher(message);
        return alert.find() ? "the server refused the handshake with the alert " + alert.group(1)
                : Options.lower(e);
    }
    // end::client[]

    // tag::server[]
    /** Why a server's handshake with a client failed. */
    static String explainToServer(IOException e) {
        var message = String.valueOf(e.getMessage());
        if (message.contains("Unsupported or unrecognized SSL message")) {
            return "the client sent bytes that are not TLS";
        }
        if (message.contains("protocol_version")) {
            return "the client offers no TLS version this server takes";
        }
        var alert = ALERT.matcher(message);
        if (alert.find()) {
            return CERTIFICATE_ALERTS.contains(alert.group(1))
                    ? "the client refused our certificate: " + alert.group(1)
                    : "the client ended the handshake with the alert " + alert.group(1);
        }
        if (e instanceof EOFException || message.contains("Remote host terminated the handshake")) {
            return "the client closed the connection in the middle of the handshake";
        }
        // JSSE writes its part of the handshake in several writes; a client that refused the
        // certificate, the first of them, may send its alert and close before the last one,
        // which then fails, and the alert is never read.
        if (message.contains("Broken pipe") || message.contains("Connection reset")) {
            return "the client closed the connection while this server was still sending its part"
                    + " of the handshake: a client that refuses our certificate can,"
                    + " before its alert is read";
        }
        if (message.contains("Remote host terminated the connection")) {
            return "ended without a close_notify, so it may be cut short";
        }
        return Options.lower(e);
    }
    // end::server[]
}
