package sockets.book;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The names a reader looks up in the PDF's index, in one place: the socket options, errno
 * names, exceptions, system calls and TCP states the chapters' prose mentions (each must be an
 * index term of the book), and the index terms an AsciiDoc source holds.
 */
final class IndexedNames {

    /** Socket options of every level: SO_REUSEADDR, TCP_NODELAY, IP_RECVERR, IPV6_V6ONLY. */
    private static final Pattern SOCKET_OPTION = Pattern.compile("\\b(?:SO|TCP|IP|IPV6)_[A-Z0-9_]+\\b");
    private static final Pattern CAPITALS = Pattern.compile("\\bE[A-Z0-9]+\\b");
    /** Linux's errno names (asm-generic/errno-base.h and errno.h): EADDRINUSE, ECONNRESET... */
    private static final Set<String> ERRNO = Set.of("""
            E2BIG EACCES EADDRINUSE EADDRNOTAVAIL EADV EAFNOSUPPORT EAGAIN EALREADY EBADE EBADF EBADFD
            EBADMSG EBADR EBADRQC EBADSLT EBFONT EBUSY ECANCELED ECHILD ECHRNG ECOMM ECONNABORTED
            ECONNREFUSED ECONNRESET EDEADLK EDEADLOCK EDESTADDRREQ EDOM EDOTDOT EDQUOT EEXIST EFAULT EFBIG
            EHOSTDOWN EHOSTUNREACH EHWPOISON EIDRM EILSEQ EINPROGRESS EINTR EINVAL EIO EISCONN EISDIR EISNAM
            EKEYEXPIRED EKEYREJECTED EKEYREVOKED EL2HLT EL2NSYNC EL3HLT EL3RST ELIBACC ELIBBAD ELIBEXEC
            ELIBMAX ELIBSCN ELNRNG ELOOP EMEDIUMTYPE EMFILE EMLINK EMSGSIZE EMULTIHOP ENAMETOOLONG ENAVAIL
            ENETDOWN ENETRESET ENETUNREACH ENFILE ENOANO ENOBUFS ENOCSI ENODATA ENODEV ENOENT ENOEXEC ENOKEY
            ENOLCK ENOLINK ENOMEDIUM ENOMEM ENOMSG ENONET ENOPKG ENOPROTOOPT ENOSPC ENOSR ENOSTR ENOSYS
            ENOTBLK ENOTCONN ENOTDIR ENOTEMPTY ENOTNAM ENOTRECOVERABLE ENOTSOCK ENOTSUP ENOTTY ENOTUNIQ
            ENXIO EOPNOTSUPP EOVERFLOW EOWNERDEAD EPERM EPFNOSUPPORT EPIPE EPROTO EPROTONOSUPPORT
            EPROTOTYPE ERANGE EREMCHG EREMOTE EREMOTEIO ERESTART ERFKILL EROFS ESHUTDOWN ESOCKTNOSUPPORT
            ESPIPE ESRCH ESRMNT ESTALE ESTRPIPE ETIME ETIMEDOUT ETOOMANYREFS ETXTBSY EUCLEAN EUNATCH EUSERS
            EWOULDBLOCK EXDEV EXFULL""".split("\\s+"));
    private static final Pattern EXCEPTION = Pattern.compile("\\b[A-Z][A-Za-z]*Exception\\b");
    /** The system calls (and the C library's socket calls) the book explains, as inline code: `bind`, `bind(fd, ...)`. */
    private static final Pattern SYSTEM_CALL = Pattern.compile("`(" + String.join("|", """
            socket socketpair bind listen accept accept4 connect send sendto sendmsg sendfile recv recvfrom
            recvmsg read write close shutdown poll select epoll_create1 epoll_ctl epoll_wait setsockopt
            getsockopt getaddrinfo getnameinfo getsockname getpeername fcntl ioctl dup2 unlink futex clone
            mmap inet_pton inet_ntop htons htonl ntohs ntohl strerror""".split("\\s+")) + ")(?:\\([^`]*\\))?`");
    /** The TCP states, as the kernel's socket table and ss name them. */
    private static final Pattern TCP_STATE = Pattern.compile("(?<![A-Z_])(?:LISTEN|SYN_SENT|SYN_RECV|ESTABLISHED"
            + "|FIN_WAIT_?[12]|CLOSE_WAIT|CLOSING|LAST_ACK|TIME_WAIT)(?![A-Z_0-9])");
    /** What a reader looks up that no pattern finds: each must be an index term. */
    static final List<String> CONCEPTS = List.of("accept queue", "backlog", "SYN queue", "three-way handshake",
            "file descriptor", "ephemeral port", "wildcard address", "loopback", "network byte order",
            "half-close", "framing", "end of stream", "Nagle's algorithm", "backpressure", "thread pool",
            "virtual thread", "graceful shutdown", "deadline", "slow client", "Selector", "non-blocking I/O",
            "epoll", "UDP", "datagram", "IPv6", "dual stack", "Unix domain socket", "DNS", "TLS", "certificate",
            "SNI", "close_notify", "RESP", "strace");

    private static final Pattern SKIPPED_BLOCK = Pattern.compile("(?m)^(-{4,}|\\.{4,}|\\+{4,}|/{4,})[ \\t]*$");
    private static final Pattern CONCEALED_TERM = Pattern.compile("\\(\\(\\((.+?)\\)\\)\\)|indexterm:\\[([^\\]]*)]");
    private static final Pattern FLOW_TERM = Pattern.compile("(?<!\\()\\(\\(([^()]+?)\\)\\)(?!\\))|indexterm2:\\[([^\\]]*)]");

    private IndexedNames() {
    }

    /**
     * The text a reader reads: the source without its listings, literal and passthrough blocks,
     * comments and include lines (a listing's code is not explained where it is shown).
     */
    static String prose(String adoc) {
        var kept = new StringBuilder();
        String closing = null;
        for (var line : adoc.split("\n", -1)) {
            var stripped = line.strip();
            if (closing != null) {
                if (stripped.equals(closing)) {
                    closing = null;
                }
            } else if (SKIPPED_BLOCK.matcher(line).matches()) {
                closing = stripped;
            } else if (!line.startsWith("//") && !line.startsWith("include::")) {
                kept.append(line).append('\n');
            }
        }
        return kept.toString();
    }

    /** The names of the lists above that the prose mentions, in the order it mentions them. */
    static Set<String> mentionedIn(String adoc) {
        var text = FLOW_TERM.matcher(CONCEALED_TERM.matcher(prose(adoc)).replaceAll(" ")).replaceAll(" ");
        var names = new LinkedHashSet<String>();
        for (var pattern : List.of(SOCKET_OPTION, EXCEPTION, TCP_STATE)) {
            pattern.matcher(text).results().forEach(match -> names.add(match.group()));
        }
        CAPITALS.matcher(text).results().map(match -> match.group()).filter(ERRNO::contains).forEach(names::add);
        SYSTEM_CALL.matcher(text).results().forEach(match -> names.add(match.group(1)));
        return names;
    }

    /**
     * Every index term of a source, at every level: indexterm:[primary, secondary] and
     * (((primary, secondary))), concealed; ((term)) and indexterm2:[term], in the text too.
     */
    static Set<String> termsIn(String adoc) {
        var terms = new LinkedHashSet<String>();
        var text = prose(adoc);
        for (var pattern : List.of(CONCEALED_TERM, FLOW_TERM)) {
            pattern.matcher(text).results().forEach(match -> {
                var inside = match.group(1) != null ? match.group(1) : match.group(2);
                for (var level : inside.split(",")) {
                    terms.add(level.strip().replaceAll("^\"|\"$", ""));
                }
            });
        }
        return terms;
    }
}
