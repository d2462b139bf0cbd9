package sockets.ch01;

import static java.net.StandardSocketOptions.SO_KEEPALIVE;
import static java.net.StandardSocketOptions.SO_RCVBUF;
import static java.net.StandardSocketOptions.SO_REUSEADDR;
import static java.net.StandardSocketOptions.SO_SNDBUF;
import static java.net.StandardSocketOptions.TCP_NODELAY;

import java.io.IOException;
import java.net.SocketOption;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;

/** Prints a fresh socket's options: the defaults the kernel (and the JDK) gave it, as Java reads them. */
final class OptionReport {

    private static final List<SocketOption<?>> SHOWN =
            List.of(SO_REUSEADDR, SO_RCVBUF, SO_SNDBUF, TCP_NODELAY, SO_KEEPALIVE);

    private OptionReport() {
    }

    interface OptionReader {  // each kind of socket has its own getOption
        Object read(SocketOption<Object> option) throws IOException;
    }

    @SuppressWarnings("unchecked")
    static void describe(String call, String kind, Set<SocketOption<?>> supported, OptionReader reader)
            throws IOException {
        // getsockopt(2) for each: the kernel's defaults for a fresh socket, except that on Linux
        // the JDK halves SO_RCVBUF and SO_SNDBUF (the kernel reports a set size doubled).
        // tag::options[]
        var values = new StringJoiner(" ", "  ", "");
        for (var option : SHOWN) {
            if (supported.contains(option)) {
                values.add(option.name() + "=" + reader.read((SocketOption<Object>) option));
            }
        }
        // end::options[]
        System.out.printf("%-30s %s%n%s%n", call, kind, values);
    }
}
