package sockets.ch07;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;

/**
 * Turns a parsed address into every IP address it stands for. This is the one place in the
 * program that may ask the resolver, and only about a name: a literal is its own answer.
 */
final class AddressLookup {

    private AddressLookup() {
    }

    // tag::lookup[]
    static List<InetAddress> addresses(ParsedAddress parsed) throws ParsedAddress.Rejected {
        if (!parsed.isName()) {
            return List.of(parsed.literal());
        }
        if (isUnderInvalid(parsed.host())) {
            throw new ParsedAddress.Rejected(parsed.text(),
                    "a name under .invalid never resolves (RFC 6761)");
        }
        try {
            // getaddrinfo(3): /etc/hosts, then DNS, in the order /etc/nsswitch.conf gives.
            return List.of(InetAddress.getAllByName(parsed.host()));
        } catch (UnknownHostException notFound) {
            throw new ParsedAddress.Rejected(parsed.text(),
                    "the resolver knows no address for " + parsed.host());
        }
    }
    // end::lookup[]

    // tag::invalid[]
    // RFC 6761 reserves "invalid." and every name under it: they never resolve, so asking
    // a DNS server would only spend a query on the answer "no such name" (NXDOMAIN).
    static boolean isUnderInvalid(String name) {
        var lower = name.toLowerCase(Locale.ROOT);
        var absolute = lower.endsWith(".") ? lower : lower + ".";
        return absolute.equals("invalid.") || absolute.endsWith(".invalid.");
    }
    // end::invalid[]
}
