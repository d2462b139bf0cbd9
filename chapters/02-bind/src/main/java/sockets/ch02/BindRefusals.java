package sockets.ch02;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.List;

/**
 * The tour of what bind(2) refuses. Every attempt is local: bind only checks the kernel's own
 * tables and sends no packet, so even the address that is not on this machine is never contacted.
 */
final class BindRefusals {

    // Documentation addresses (RFC 5737), never routed; the first one not on this machine is used.
    private static final List<String> NOT_LOCAL = List.of("192.0.2.1", "198.51.100.1", "203.0.113.1");
    private static final int TOO_BIG = 70_000;

    private BindRefusals() {
    }

    static void tour(ServerSocket listener) throws IOException {
        var loopback = InetAddress.getByName("127.0.0.1");
        System.out.println("What bind refuses (bind sends no packet: nothing leaves this machine)");
        // tag::in-use[]
        System.out.println("1. the same address and port again, while the listener holds them");
        var taken = (InetSocketAddress) listener.getLocalSocketAddress();
        attempt(taken);
        // end::in-use[]
        // tag::wildcard[]
        System.out.println("2. a port that another socket holds on the wildcard address");
        try (var holder = new Socket()) {
            // bind(2) without listen(2): the port is taken on every address, yet nobody
            // can connect to it (a SYN to it is answered with a reset)
            holder.bind(new InetSocketAddress("0.0.0.0", 0));
            System.out.println("   bind(0.0.0.0:" + holder.getLocalPort()
                    + ") -> bound, not listening");
            attempt(new InetSocketAddress(loopback, holder.getLocalPort()));
        }
        // end::wildcard[]
        privilegedPort(loopback);
        // tag::not-local[]
        System.out.println("4. an address that is not on this machine");
        attempt(new InetSocketAddress(notLocal(), 0));
        // end::not-local[]
        // tag::too-big[]
        System.out.println("5. a port that does not fit in 16 bits");
        try {
            attempt(new InetSocketAddress(loopback, TOO_BIG));
        } catch (IllegalArgumentException refused) {
            // Java checks before any system call; C's htons() would keep the low 16 bits.
            System.out.println("   new InetSocketAddress(..., " + TOO_BIG + ") -> "
                    + "IllegalArgumentException: " + refused.getMessage());
            System.out.println("   (in C, htons(" + TOO_BIG + ") silently makes it port "
                    + (TOO_BIG & 0xFFFF) + ")");
        }
        // end::too-big[]
    }

    // tag::privileged[]
    private static void privilegedPort(InetAddress loopback) throws IOException {
        var start = LinuxProc.unprivilegedPortStart();
        System.out.println("3. a port below " + (start.isPresent()
                ? "net.ipv4.ip_unprivileged_port_start = " + start.getAsInt() : "1024"));
        var below = new InetSocketAddress(loopback, Math.max(start.orElse(1024) - 1, 0));
        var call = "   bind(" + Options.hostAndPort(below) + ")";
        if (start.isEmpty() || start.getAsInt() == 0) {
            System.out.println(call + " not tried: " + (start.isEmpty()
                    ? "this is not Linux" : "every port is unprivileged here"));
        } else if (LinuxProc.mayBindPrivilegedPorts()) {
            // Trying would take a real port that some service may expect to find free.
            System.out.println(call + " not tried: this process "
                    + (LinuxProc.runsAsRoot() ? "runs as root" : "has CAP_NET_BIND_SERVICE")
                    + ", so it would be allowed");
        } else {
            // EACCES comes before the port table is looked at: nothing is taken.
            attempt(below);
        }
    }
    // end::privileged[]

    // tag::attempt[]
    private static void attempt(InetSocketAddress address) throws IOException {
        try (var socket = new ServerSocket()) {
            // bind(2): the kernel checks its own tables (addresses, privileges, ports)
            socket.bind(address);
            System.out.println("   bind(" + Options.hostAndPort(address) + ") -> bound");
        } catch (BindException refused) {
            System.out.println("   bind(" + Options.hostAndPort(address)
                    + ") -> BindException: " + BindError.strerror(refused)
                    + " (" + BindError.errnoName(refused) + ")");
        }
    }
    // end::attempt[]

    private static InetAddress notLocal() throws IOException {
        for (var candidate : NOT_LOCAL) {
            var address = InetAddress.getByName(candidate);
            // Asks the kernel's interface list (netlink); no packet is sent.
            if (NetworkInterface.getByInetAddress(address) == null) {
                return address;
            }
        }
        throw new SocketException("every documentation address is on this machine");
    }
}
