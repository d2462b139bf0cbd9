package sockets.ch12;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** A named pipe, made by mkfifo(1): a file that is neither regular nor a socket. */
final class Fifo {

    private Fifo() {
    }

    static Path make(Path path) throws Exception {
        var mkfifo = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
        assumeTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "needs mkfifo(1)");
        return path;
    }

    /** lstat(2): the file type bits of st_mode say FIFO (S_IFIFO, 0010000). */
    static boolean isFifo(Path path) throws Exception {
        int mode = (Integer) Files.getAttribute(path, "unix:mode", LinkOption.NOFOLLOW_LINKS);
        return (mode & 0170000) == 0010000;
    }
}
