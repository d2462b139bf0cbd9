package sockets.ch12;

import java.io.IOException;
import java.io.PrintStream;
import java.net.BindException;
import java.net.ConnectException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * The file a Unix domain socket's address names. bind(2) creates it and fails while it exists;
 * close(2) leaves it behind. So a server clears a stale file before it binds, after checking
 * that nobody listens on it, and removes its own file when it stops (and the directory it
 * made for the file, when it made one: {@code ownsDirectory}).
 */
record SocketFile(Path path, boolean ownsDirectory) {

    /** A new directory under java.io.tmpdir, rwx------, with echo.sock to be made in it. */
    static SocketFile inNewDirectory() throws IOException {
        var directory = Files.createTempDirectory("ch12-");
        return new SocketFile(directory.resolve("echo.sock"), true);
    }

    /** The path the user chose; the server removes the file, but not its directory. */
    static SocketFile at(Path path) {
        return new SocketFile(path, false);
    }

    // tag::prepare[]
    /** Makes the path ready for bind(2), or says in one sentence why it cannot be. */
    void prepare(PrintStream log) throws IOException, Options.BadArgument {
        var directory = path.toAbsolutePath().getParent();
        if (!Files.isDirectory(directory)) {
            throw new Options.BadArgument("the directory " + directory + " does not exist.");
        }
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (!isSocket(path)) {
            throw new Options.BadArgument(path + " exists and is not a socket.");
        }
        // connect(2) to a socket file nobody listens on fails with ECONNREFUSED.
        try (var probe = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            probe.connect(UnixDomainSocketAddress.of(path));
            throw new BindException("cannot listen on " + path
                    + ": address already in use, a server listens there.");
        } catch (ConnectException refused) {
            // unlink(2): the file of a server that is gone, a crashed one say
            Files.delete(path);
            log.println("removed " + path + ", a stale socket file: nothing listened on it");
        }
    }
    // end::prepare[]

    // tag::is-socket[]
    // The file type bits of st_mode, from <sys/stat.h>.
    private static final int S_IFMT = 0170000;
    private static final int S_IFSOCK = 0140000;

    /**
     * lstat(2)'s st_mode says "socket" (S_IFSOCK). isOther() says only "not a regular file,
     * directory or link", which a FIFO and a device such as /dev/null are too; and connect(2)
     * to them fails with ECONNREFUSED, the very answer a stale socket gives.
     */
    private static boolean isSocket(Path path) throws IOException {
        if (!path.getFileSystem().supportedFileAttributeViews().contains("unix")) {
            // Windows: no st_mode; a socket file is a reparse point, one kind of "other".
            return Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS)
                    .isOther();
        }
        int mode = (Integer) Files.getAttribute(path, "unix:mode", LinkOption.NOFOLLOW_LINKS);
        return (mode & S_IFMT) == S_IFSOCK;
    }
    // end::is-socket[]

    // tag::remove[]
    /** unlink(2) the socket file, and the directory made for it; quietly, on the way out. */
    void remove() {
        try {
            Files.deleteIfExists(path);
            if (ownsDirectory) {
                Files.deleteIfExists(path.getParent());
            }
        } catch (IOException e) {
            // already gone, or not ours to remove: nothing more to do
        }
    }
    // end::remove[]
}
