package sockets.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.time.Duration;

/**
 * One run of the command line: the workbook it works on, what it reads and prints, and how long
 * one exercise test may take. Tests make their own, with a temp workbook and short timeouts.
 */
public record Session(WorkbookRoot root, InputStream in, PrintStream out, PrintStream err, Duration testTimeout) {
}
