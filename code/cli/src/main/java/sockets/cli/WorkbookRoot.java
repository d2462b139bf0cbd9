package sockets.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The workbook's folder: the one holding {@code chapters/}, {@code code/} and the launchers. The
 * launchers start the command line there, so a relative path in a command means what it meant to
 * the bash script before it.
 */
public record WorkbookRoot(Path directory) {

    public WorkbookRoot {
        directory = directory.toAbsolutePath().normalize();
    }

    /** Where the launcher started the command line. */
    public static WorkbookRoot current() {
        return new WorkbookRoot(Path.of(""));
    }

    public Path resolve(String path) {
        return directory.resolve(path);
    }

    /** Every chapters/NN-topic folder, in number order. */
    public List<Chapter> chapters() {
        try (Stream<Path> children = Files.list(resolve("chapters"))) {
            return children.filter(Files::isDirectory)
                    .filter(dir -> dir.getFileName().toString().matches("\\d\\d-.+"))
                    .sorted()
                    .map(dir -> new Chapter(this, dir))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + resolve("chapters"), e);
        }
    }

    /** Chapter NN as the student typed it: 1, 01 or 16; a usage error when there is none. */
    public Chapter chapter(String number) {
        if (number == null || !number.matches("[0-9]{1,2}")) {
            throw new UsageError("Give a chapter number, for example: ./workbook run 01.");
        }
        var nn = "%02d".formatted(Integer.parseInt(number));
        return chapters().stream().filter(chapter -> chapter.number().equals(nn)).findFirst()
                .orElseThrow(() -> new UsageError("There is no chapter " + nn + "; ./workbook list shows the chapters."));
    }
}
