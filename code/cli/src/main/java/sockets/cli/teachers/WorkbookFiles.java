package sockets.cli.teachers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The workbook's own files, as paths with forward slashes from its folder: in a Git work tree
 * those Git tracks and the new ones it does not ignore (so no target/, no student's work copy);
 * elsewhere every file but those under .git/ and target/.
 */
record WorkbookFiles(Path root) {

    /** Long enough for git to list a few thousand files on a loaded machine. */
    private static final long GIT_SECONDS = 60;

    List<String> list() {
        // Nothing listed: a folder Git ignores, inside another project's work tree.
        return listedByGit().filter(files -> !files.isEmpty()).orElseGet(this::walked);
    }

    /** What git lists, or nothing when this is not a Git work tree or there is no git. */
    private Optional<List<String>> listedByGit() {
        Path listing = null;
        try {
            listing = Files.createTempFile("workbook-files", ".txt");
            var process = new ProcessBuilder("git", "-C", root.toString(), "ls-files", "-z", "--cached", "--others",
                    "--exclude-standard").redirectOutput(listing.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            process.getOutputStream().close();
            if (!process.waitFor(GIT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return Optional.empty();
            }
            if (process.exitValue() != 0) {
                return Optional.empty();
            }
            var names = Files.readString(listing, StandardCharsets.UTF_8);
            return Optional.of(Stream.of(names.split("\0")).filter(name -> !name.isEmpty()).toList());
        } catch (IOException noGit) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } finally {
            deleteQuietly(listing);
        }
    }

    private List<String> walked() {
        var files = new ArrayList<String>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    var name = dir.getFileName() == null ? "" : dir.getFileName().toString();
                    return !dir.equals(root) && (name.equals(".git") || name.equals("target"))
                            ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    files.add(root.relativize(file).toString().replace('\\', '/'));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the files of " + root, e);
        }
        return files;
    }

    private static void deleteQuietly(Path file) {
        try {
            if (file != null) {
                Files.deleteIfExists(file);
            }
        } catch (IOException ignored) {
            // a temp file left behind: the OS cleans its temp folder
        }
    }
}
