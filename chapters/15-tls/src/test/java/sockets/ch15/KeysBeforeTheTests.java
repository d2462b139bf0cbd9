package sockets.ch15;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Makes the chapter's keys once, before any test runs (JUnit calls it when the test JVM's
 * session opens; registered in META-INF/services). Without it, in a fresh clone every test
 * that starts a program at once makes a set of its own: five keytool JVMs each, which on two
 * busy cores outlasted the 30 s a program gets to refuse a port in use.
 */
public final class KeysBeforeTheTests implements LauncherSessionListener {

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        try {
            KeyMaker.made();
        } catch (IOException e) {
            throw new UncheckedIOException("could not make chapter 15's keys before its tests", e);
        }
    }
}
