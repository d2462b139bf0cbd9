import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Finds a JDK 25 or newer wherever each OS's installers put one, so that nobody has to set
 * JAVA_HOME when the default java is older. Run by .mvn/find-jdk.sh and .mvn/find-jdk.cmd with
 * whatever java they find, so it is Java 11 (the first to run a source file: java JdkFinder.java).
 * Prints the home (JAVA_HOME when it is 25 or newer, else the newest one found), or one sentence
 * on stderr naming what to install, and exits 1.
 *
 * For tests: --os linux|macos|windows, --root DIR (every absolute path is looked up inside DIR;
 * Windows's C:\X is DIR/C/X) and --env NAME=VALUE (over System.getenv) simulate another machine.
 */
public class JdkFinder {
    static final int WANTED = 25;

    final String os;
    final Path root;
    final Map<String, String> env;

    JdkFinder(String os, Path root, Map<String, String> env) {
        this.os = os;
        this.root = root;
        this.env = env;
    }

    public static void main(String[] args) throws IOException {
        String os = osOf(System.getProperty("os.name"));
        Path root = null;
        Map<String, String> overrides = new HashMap<>();
        String usage = "usage: JdkFinder [--os linux|macos|windows] [--root DIR] [--env NAME=VALUE]...";
        if (args.length % 2 != 0) throw new IllegalArgumentException(usage);
        for (int i = 0; i < args.length; i += 2) {
            String value = args[i + 1];
            int equals = value.indexOf('=');
            if (args[i].equals("--os")) os = value;
            else if (args[i].equals("--root")) root = Paths.get(value).toAbsolutePath();
            else if (args[i].equals("--env") && equals > 0) {
                overrides.put(value.substring(0, equals), value.substring(equals + 1));
            } else throw new IllegalArgumentException(usage);
        }
        // Windows's variable names ignore case (Path, PATH); System.getenv does too there.
        Map<String, String> env = os.equals("windows") ? new TreeMap<>(String.CASE_INSENSITIVE_ORDER) : new HashMap<>();
        if (root == null) env.putAll(System.getenv());
        env.putAll(overrides);
        JdkFinder finder = new JdkFinder(os, root, env);
        Path best = finder.best();
        if (best == null) {
            System.err.println(finder.sentence());
            System.exit(1);
        }
        System.out.println(best);
    }

    static String osOf(String osName) {
        String name = osName.toLowerCase(Locale.ROOT);
        return name.startsWith("windows") ? "windows" : name.startsWith("mac") ? "macos" : "linux";
    }

    /** JAVA_HOME when it is new enough (the user chose it), else the newest JDK 25+ found. */
    Path best() {
        Path javaHome = path(env.get("JAVA_HOME"));
        if (feature(javaHome) >= WANTED) return javaHome;
        Path best = null;
        for (Path home : candidates()) {
            if (feature(home) >= WANTED && (best == null || feature(home) > feature(best))) best = home;
        }
        return best;
    }

    String sentence() {
        Path newest = null;
        for (Path home : candidates()) {
            if (feature(home) > 0 && (newest == null || feature(home) > feature(newest))) newest = home;
        }
        String found = newest == null ? "" : " (the newest found is JDK " + feature(newest) + ", at " + newest + ")";
        return "No JDK " + WANTED + " or newer was found" + found + ": install one (for example Temurin " + WANTED
                + " from https://adoptium.net) or set JAVA_HOME to it.";
    }

    /** Every place this OS's installers put a JDK home; a path that is not a JDK home is skipped later. */
    List<Path> candidates() {
        List<Path> homes = new ArrayList<>();
        homes.add(path(env.get("JAVA_HOME")));
        homes.addAll(pathJavaHomes());
        String home = env.get(os.equals("windows") ? "USERPROFILE" : "HOME");
        homes.addAll(children(path(home), ".jdks", "")); // IntelliJ IDEA's downloads
        if (os.equals("windows")) {
            String programFiles = env.getOrDefault("ProgramFiles", "C:\\Program Files");
            for (String vendor : new String[] {"Eclipse Adoptium", "Java", "Microsoft", "Zulu", "Amazon Corretto"}) {
                homes.addAll(children(path(programFiles), vendor, ""));
            }
            // scoop keeps each app's versions side by side and points apps\NAME\current at the one in use.
            Path scoop = env.containsKey("SCOOP") ? path(env.get("SCOOP")) : sub(path(home), "scoop");
            for (Path app : children(scoop, "apps", "")) homes.add(sub(app, "current"));
            return homes;
        }
        Path sdkman = env.containsKey("SDKMAN_DIR") ? path(env.get("SDKMAN_DIR")) : sub(path(home), ".sdkman");
        homes.addAll(children(sdkman, "candidates/java", ""));
        if (os.equals("macos")) {
            // What /usr/libexec/java_home reads: each JDK is a bundle whose home is Contents/Home.
            List<Path> bundles = children(path("/Library/Java"), "JavaVirtualMachines", "");
            bundles.addAll(children(path(home), "Library/Java/JavaVirtualMachines", ""));
            for (Path bundle : bundles) homes.add(sub(bundle, "Contents/Home"));
            // Homebrew (Apple silicon, then Intel): a keg that java_home does not know unless linked by hand.
            for (Path keg : children(path("/opt/homebrew"), "opt", "openjdk")) homes.addAll(kegHomes(keg));
            for (Path keg : children(path("/usr/local"), "opt", "openjdk")) homes.addAll(kegHomes(keg));
        } else {
            homes.addAll(children(path("/usr/lib"), "jvm", "")); // Debian, Ubuntu, Fedora packages
            homes.addAll(children(path("/opt"), "java", ""));
            for (Path keg : children(path("/home/linuxbrew/.linuxbrew"), "opt", "openjdk")) homes.addAll(kegHomes(keg));
        }
        return homes;
    }

    /**
     * The homes of the java commands on the PATH. A java there is often a chain of links (Debian's
     * /usr/bin/java to /etc/alternatives/java to the JDK; Homebrew's bin/java into its keg), so each
     * link is followed. Apple's /usr/bin/java is a stub, and Oracle's javapath\java.exe a launcher:
     * their "homes" (/usr, ...\Oracle\Java) have no release file, so they are never taken.
     */
    List<Path> pathJavaHomes() {
        List<Path> homes = new ArrayList<>();
        String path = env.getOrDefault("PATH", "");
        for (String dir : path.split(os.equals("windows") ? ";" : ":")) {
            // Windows lets a PATH entry be quoted ("C:\Program Files\x\bin"): the quotes are no part of the name.
            Path java = resolveLinks(sub(path(dir.replace("\"", "")), os.equals("windows") ? "java.exe" : "java"));
            if (java == null || java.getParent() == null || java.getParent().getParent() == null) continue;
            homes.addAll(kegHomes(java.getParent().getParent()));
        }
        return homes;
    }

    /** A home, or a Homebrew keg whose JDK is inside it (libexec on Linux, libexec/openjdk.jdk on macOS). */
    List<Path> kegHomes(Path dir) {
        List<Path> homes = new ArrayList<>();
        homes.add(dir);
        homes.add(sub(dir, "libexec/openjdk.jdk/Contents/Home"));
        homes.add(sub(dir, "libexec"));
        return homes;
    }

    /** Follows symbolic links by hand, so that a link's absolute target stays inside --root too. */
    Path resolveLinks(Path file) {
        for (int hops = 0; file != null && hops < 40; hops++) {
            if (!Files.isSymbolicLink(file)) return Files.exists(file) ? file.normalize() : null;
            try {
                Path target = Files.readSymbolicLink(file);
                file = target.isAbsolute() ? path(target.toString()) : file.getParent().resolve(target);
            } catch (IOException | UnsupportedOperationException e) {
                return null;
            }
        }
        return null;
    }

    /** The feature release (8, 17, 25) a JDK home's release file names; 0 when it is no JDK home. */
    int feature(Path home) {
        if (home == null || !Files.isRegularFile(sub(home, "release"))) return 0;
        // A JRE has a release file and bin/java too, but neither Maven nor the exercises run without javac.
        String exe = os.equals("windows") ? ".exe" : "";
        if (!Files.isRegularFile(sub(home, "bin/java" + exe))) return 0;
        if (!Files.isRegularFile(sub(home, "bin/javac" + exe))) return 0;
        try (Stream<String> lines = Files.lines(sub(home, "release"), StandardCharsets.ISO_8859_1)) {
            String version = lines.filter(line -> line.startsWith("JAVA_VERSION=")).findFirst().orElse("=");
            version = version.substring(version.indexOf('=') + 1).replace("\"", "").trim();
            if (version.startsWith("1.")) version = version.substring(2); // 1.8.0_x is Java 8
            String digits = version.split("[^0-9]", 2)[0];
            return digits.isEmpty() ? 0 : Integer.parseInt(digits);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** The sorted subdirectories of base/dir whose names start with prefix: what a shell's dir/prefix* lists. */
    List<Path> children(Path base, String dir, String prefix) {
        List<Path> found = new ArrayList<>();
        Path parent = sub(base, dir);
        if (parent == null || !Files.isDirectory(parent)) return found;
        try (Stream<Path> list = Files.list(parent)) {
            list.filter(Files::isDirectory).filter(p -> p.getFileName().toString().startsWith(prefix))
                    .sorted().forEach(found::add);
        } catch (IOException e) {
            // An unreadable folder holds no JDK we could run.
        }
        return found;
    }

    /** base/relative; Windows's paths take / as well as \. */
    static Path sub(Path base, String relative) {
        return base == null ? null : base.resolve(relative);
    }

    /** An absolute path of the simulated OS, as this file system sees it (inside --root when given). */
    Path path(String osPath) {
        if (osPath == null || osPath.isEmpty()) return null;
        if (root == null) {
            try {
                return Paths.get(osPath);
            } catch (InvalidPathException e) { // a PATH entry no file system could name (a < or a |)
                return null;
            }
        }
        String slashed = osPath.replace('\\', '/');
        if (slashed.length() > 1 && slashed.charAt(1) == ':') slashed = slashed.charAt(0) + slashed.substring(2);
        while (slashed.startsWith("/")) slashed = slashed.substring(1);
        return root.resolve(slashed).normalize();
    }
}
