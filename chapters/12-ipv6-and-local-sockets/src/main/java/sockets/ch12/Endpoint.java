package sockets.ch12;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where one of this chapter's programs listens or connects, as its command line says: an
 * Internet address and port for the TCP programs, a path for the Unix domain ones. The two
 * kinds share nothing but the name, so the type is sealed: a program holds one kind, whole,
 * and never a host and port left empty because it has a path instead.
 */
sealed interface Endpoint {

    /**
     * {@code --host} and {@code --port}: what bind(2) and connect(2) take as a sockaddr_in,
     * or a sockaddr_in6 for an IPv6 host.
     */
    record Tcp(InetAddress host, int port) implements Endpoint {

        InetSocketAddress address() {
            return new InetSocketAddress(host, port);
        }
    }

    /**
     * {@code --path}: what bind(2) and connect(2) take as a sockaddr_un, the path in its
     * {@code sun_path}. Empty for a server not given one: it makes a fresh directory of its
     * own for the socket.
     */
    record Unix(Optional<Path> path) implements Endpoint {

        /** sun_path holds 108 bytes on Linux, the last one the terminating zero. */
        static final int MAX_PATH_BYTES = 107;

        /**
         * {@code --path}'s value, or null where the command line has none: a server then
         * makes a socket of its own, a client has no idea where to connect. A path must fit
         * in sun_path.
         */
        static Unix parse(String text, boolean isClient) throws Options.BadArgument {
            if (text == null && isClient) {
                throw new Options.BadArgument("give the server's socket with --path PATH: the server "
                        + "prints it in its 'listening on' line.");
            }
            if (text == null) {
                return new Unix(Optional.empty());
            }
            var bytes = text.getBytes(StandardCharsets.UTF_8).length;
            if (text.isEmpty() || bytes > MAX_PATH_BYTES) {
                throw new Options.BadArgument("a Unix socket path must have 1 to " + MAX_PATH_BYTES
                        + " bytes (sun_path), not " + bytes + ".");
            }
            return new Unix(Optional.of(Path.of(text)));
        }
    }
}
