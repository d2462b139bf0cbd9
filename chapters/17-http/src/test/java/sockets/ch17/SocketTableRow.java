package sockets.ch17;

import java.util.List;

/**
 * One row of the table {@code ./workbook sockets} prints, as the reader sees it: the state,
 * both ends and the process that holds the socket ({@code java pid 4711}); the queues are
 * left out, as they change from moment to moment.
 */
record SocketTableRow(String state, String local, String peer, String holder) {

    /** The rows of a printed table: the lines between its header and the note under it. */
    static List<SocketTableRow> parse(String table) {
        return table.lines()
                .skip(1)
                .takeWhile(line -> !line.startsWith("A listener's"))
                .map(line -> line.split("\\s+", 6))
                .map(column -> new SocketTableRow(column[0], column[3], column[4], column[5]))
                .toList();
    }
}
