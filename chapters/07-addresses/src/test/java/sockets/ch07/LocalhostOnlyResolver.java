package sockets.ch07;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.net.spi.InetAddressResolver;
import java.net.spi.InetAddressResolverProvider;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The resolver of this module's test JVM (installed by META-INF/services): it records every
 * name the JDK is asked to look up, passes {@code localhost} to the system resolver (which
 * answers from /etc/hosts), and refuses every other name itself. So the tests can prove that
 * the program asked no resolver, and can never send a DNS query even when a test is wrong.
 */
public final class LocalhostOnlyResolver extends InetAddressResolverProvider {

    private static final Set<String> ASKED = ConcurrentHashMap.newKeySet();

    /** Whether any lookup of this name was attempted in this JVM. */
    static boolean wasAskedAbout(String name) {
        return ASKED.contains(name.toLowerCase(Locale.ROOT));
    }

    @Override
    public InetAddressResolver get(Configuration configuration) {
        var system = configuration.builtinResolver();
        return new InetAddressResolver() {
            @Override
            public Stream<InetAddress> lookupByName(String host, LookupPolicy policy) throws UnknownHostException {
                ASKED.add(host.toLowerCase(Locale.ROOT));
                if (!host.equalsIgnoreCase("localhost")) {
                    throw new UnknownHostException(host + ": the tests' resolver answers only localhost");
                }
                return system.lookupByName(host, policy);
            }

            @Override
            public String lookupByAddress(byte[] address) throws UnknownHostException {
                throw new UnknownHostException("the tests' resolver makes no reverse lookups");
            }
        };
    }

    @Override
    public String name() {
        return "chapter 07 tests: localhost only, every question recorded";
    }
}
