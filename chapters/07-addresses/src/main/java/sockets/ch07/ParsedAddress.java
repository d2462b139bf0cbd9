package sockets.ch07;

import java.net.InetAddress;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * An address as a person writes it, taken apart: {@code host:port}, {@code [v6]:port}, a bare
 * IPv6 address, or a host alone. Parsing never asks the resolver. A literal is read here; a
 * name is only checked to be a name, so that a typing mistake never becomes a DNS query.
 *
 * @param literal the address a literal stands for, or null when the host is a name
 */
record ParsedAddress(String text, String host, OptionalInt port, InetAddress literal) {

    /** Why a text is not an address, as one sentence. */
    static final class Rejected extends Exception {
        private static final long serialVersionUID = 1L;

        Rejected(String text, String reason) {
            super("'" + text + "' is rejected: " + reason + ".");
        }
    }

    // Labels of letters, digits and inner hyphens, up to 63 characters, joined by dots.
    private static final Pattern HOST_NAME = Pattern.compile(
            "(?i)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*\\.?");

    boolean isName() {
        return literal == null;
    }

    static ParsedAddress parse(String text) throws Rejected {
        // tag::split[]
        String host;
        String port = null;
        if (text.startsWith("[")) {
            // [v6]:port, as in URLs: the brackets fence off the address's own colons.
            int close = text.indexOf(']');
            if (close < 0) {
                throw new Rejected(text, "a '[' without its ']'");
            }
            host = text.substring(1, close);
            var rest = text.substring(close + 1);
            if (rest.startsWith(":")) {
                port = rest.substring(1);
            } else if (!rest.isEmpty()) {
                throw new Rejected(text, "after ']' comes ':' and a port, or nothing");
            }
        } else if (text.indexOf(':') != text.lastIndexOf(':')) {
            // Two colons or more and no brackets: all of it is an IPv6 address, because
            // its last group could pass for a port (::1:9000 is an address of its own).
            host = text;
        } else {
            int colon = text.indexOf(':');
            host = colon < 0 ? text : text.substring(0, colon);
            port = colon < 0 ? null : text.substring(colon + 1);
        }
        // end::split[]
        if (!text.startsWith("[") && host.contains("]")) {
            throw new Rejected(text, "a ']' without its '['");
        }
        // tag::order[]
        // The port first: a bad port must never cost a lookup.
        var portNumber = port == null
                ? OptionalInt.empty() : OptionalInt.of(portOf(text, port));
        if (host.isEmpty()) {
            throw new Rejected(text, "the host is missing");
        }
        if (text.startsWith("[") || host.contains(":")) {
            return new ParsedAddress(text, host, portNumber, LiteralAddress.ipv6(text, host));
        }
        if (host.matches("[0-9.]+")) {
            // Only digits and dots: meant as IPv4. Were it handed to the resolver as a
            // name, 300.1.1.1 would become a DNS query for a host called "300.1.1.1".
            return new ParsedAddress(text, host, portNumber, LiteralAddress.ipv4(text, host));
        }
        if (host.length() > 253 || !HOST_NAME.matcher(host).matches()) {
            throw new Rejected(text,
                    host + " is not a host name (letters, digits, '-' and '.')");
        }
        return new ParsedAddress(text, host, portNumber, null);
        // end::order[]
    }

    // tag::port[]
    // A port is 16 bits in the socket address (sin_port), so 0 to 65535. Digits only:
    // Integer.parseInt would also take "+80", and "99999999999" would overflow it.
    private static int portOf(String text, String port) throws Rejected {
        if (port.isEmpty()) {
            throw new Rejected(text, "the port after ':' is missing");
        }
        if (!port.matches("[0-9]{1,5}") || Integer.parseInt(port) > 65_535) {
            throw new Rejected(text, port + " is not a port (0-65535)");
        }
        return Integer.parseInt(port);
    }
    // end::port[]
}
