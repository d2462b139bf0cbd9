package sockets.exercises;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Runs compiled exercise tests with the JUnit Platform, in this JVM, through a class loader of
 * their own: a student's classes never outlive the run, and a rerun sees fresh code.
 */
public final class ExerciseLauncher {

    /** How long one test may take before the runner explains where it was stuck. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    /** How many tests of a chapter's exercises run at once. */
    static final int PARALLEL_TESTS = 4;

    /** The workbook's JUnit settings, shipped by the testkit. */
    static final String SETTINGS = "junit-platform.properties";

    private final Duration timeout;

    public ExerciseLauncher(Duration timeout) {
        this.timeout = timeout;
    }

    public List<TestOutcome> run(Path classesDir, List<String> testClassNames) {
        return run(List.of(classesDir), testClassNames, List.of());
    }

    /**
     * Runs the tests over several class directories; a class in an earlier one hides its
     * namesakes. With {@code methods}, only the test methods of that name run.
     */
    public List<TestOutcome> run(List<Path> classesDirs, List<String> testClassNames, List<String> methods) {
        var classesDir = classesDirs.getFirst();
        var urls = classesDirs.stream().map(ExerciseLauncher::toUrl).toArray(URL[]::new);
        // The parent is the runner's loader, so JUnit and the testkit are the very classes the
        // launcher knows; only the exercise classes are new.
        try (var loader = new URLClassLoader("exercises", urls, ExerciseLauncher.class.getClassLoader())) {
            var selectors = testClassNames.stream()
                    .<org.junit.platform.engine.DiscoverySelector>flatMap(name -> methods.isEmpty()
                            ? java.util.stream.Stream.of(DiscoverySelectors.selectClass(loader, name))
                            : methods.stream().map(method -> DiscoverySelectors.selectMethod(loader, name, method)))
                    .toList();
            var request = LauncherDiscoveryRequestBuilder.request()
                    .selectors(selectors)
                    // Only what is said here applies: a chapter's junit-platform.properties or
                    // the surrounding build's parallel settings must not change how exercises run.
                    .enableImplicitConfigurationParameters(false)
                    .configurationParameters(configuration())
                    .build();
            var collector = new OutcomeCollector();
            var thread = Thread.currentThread();
            var previous = thread.getContextClassLoader();
            // Extensions (the testkit's wire dump) are found through the context class loader.
            thread.setContextClassLoader(loader);
            try {
                var launcher = LauncherFactory.create(LauncherConfig.builder()
                        .enableTestExecutionListenerAutoRegistration(false)
                        .enableLauncherSessionListenerAutoRegistration(false)
                        .enableLauncherDiscoveryListenerAutoRegistration(false)
                        .enablePostDiscoveryFilterAutoRegistration(false)
                        .build());
                launcher.execute(request, collector);
            } finally {
                thread.setContextClassLoader(previous);
            }
            return collector.outcomes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot release the exercise classes in " + classesDir, e);
        }
    }

    /**
     * The workbook's JUnit settings (the testkit's junit-platform.properties, the file every
     * module's tests run with), with what differs for a student's run: a shorter timeout, so
     * that a hang is explained soon; every test at once, so that a wrong answer whose tests each
     * wait for a timeout takes about as long as the longest wait, not their sum (the report is
     * put back in the order of the tests, see OutcomeCollector); and the testkit's extensions
     * (the wire dump) found by themselves.
     */
    private Map<String, String> configuration() {
        var settings = new HashMap<String, String>();
        var file = ExerciseLauncher.class.getClassLoader().getResource(SETTINGS);
        if (file == null) {
            throw new IllegalStateException(SETTINGS + " is not on the class path: the testkit ships it");
        }
        try (var in = file.openStream()) {
            var properties = new Properties();
            properties.load(in);
            properties.stringPropertyNames().forEach(name -> settings.put(name, properties.getProperty(name)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        settings.put("junit.jupiter.execution.timeout.default", timeoutSetting());
        settings.put("junit.jupiter.execution.parallel.enabled", "true");
        settings.put("junit.jupiter.execution.parallel.mode.default", "concurrent");
        settings.put("junit.jupiter.execution.parallel.mode.classes.default", "concurrent");
        settings.put("junit.jupiter.execution.parallel.config.strategy", "fixed");
        // Tests that hang mostly wait in a socket call, using no CPU: more of them than cores.
        settings.put("junit.jupiter.execution.parallel.config.fixed.parallelism", String.valueOf(PARALLEL_TESTS));
        settings.put("junit.jupiter.extensions.autodetection.enabled", "true");
        return settings;
    }

    /** Whole seconds when possible, so JUnit's message says "after 10 seconds". */
    private String timeoutSetting() {
        return timeout.toMillis() % 1000 == 0 ? timeout.toSeconds() + " s" : timeout.toMillis() + " ms";
    }

    private static URL toUrl(Path directory) {
        try {
            return directory.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("not a class directory: " + directory, e);
        }
    }
}
