package sockets.testkit;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * .mvn/JdkFinder.java on a Windows laptop: each vendor's MSI installs under its own folder of
 * %ProgramFiles% and puts its bin on the PATH (not JAVA_HOME), so an older JDK installed
 * earlier is often first there; Oracle's installer adds a javapath folder of launchers; scoop
 * keeps apps under %USERPROFILE%\scoop (or %SCOOP%) with a "current" link to the version in use.
 */
@Timeout(120)
class JdkFinderOnWindowsTest {

    @TempDir
    Path disk;

    FakeMachine windows;

    @BeforeEach
    void a_windows_laptop_with_jdk_17_first_on_the_path() throws IOException {
        windows = new FakeMachine("windows", disk)
                .env("USERPROFILE", "C:\\Users\\ann")
                .env("ProgramFiles", "C:\\Program Files")
                .env("Path", "C:\\Program Files\\Common Files\\Oracle\\Java\\javapath;"
                        + "C:\\Program Files\\Eclipse Adoptium\\jdk-17.0.13.11-hotspot\\bin;C:\\Windows\\system32");
        windows.plainFile("C:\\Program Files\\Common Files\\Oracle\\Java\\javapath\\java.exe");
        windows.jdk("C:\\Program Files\\Eclipse Adoptium\\jdk-17.0.13.11-hotspot", "17.0.13");
    }

    @AfterEach
    void remove_the_links() throws IOException {
        windows.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Eclipse Adoptium", "Java", "Microsoft", "Zulu", "Amazon Corretto"})
    void finds_a_jdk_25_in_each_vendors_program_files_folder(String vendor) throws IOException {
        var jdk = windows.jdk("C:\\Program Files\\" + vendor + "\\jdk-25.0.1", "25.0.1");

        windows.assertFinds(jdk);
    }

    @Test
    void finds_the_jdk_on_the_path_when_it_is_25() throws IOException {
        var jdk = windows.jdk("D:\\Tools\\jdk-25", "25");
        windows.env("PATH", "D:\\Tools\\jdk-25\\bin;C:\\Windows\\system32");

        windows.assertFinds(jdk);
    }

    @Test
    void finds_scoops_current_jdk_in_the_users_folder() throws IOException {
        var jdk = windows.jdk("C:\\Users\\ann\\scoop\\apps\\temurin25-jdk\\current", "25.0.1");

        windows.assertFinds(jdk);
    }

    @Test
    void finds_scoop_where_the_scoop_variable_says() throws IOException {
        var jdk = windows.jdk("D:\\scoop\\apps\\openjdk\\current", "25");
        windows.env("SCOOP", "D:\\scoop");

        windows.assertFinds(jdk);
    }

    @Test
    void passes_over_a_java_home_that_points_at_an_older_jdk() throws IOException {
        var jdk = windows.jdk("C:\\Program Files\\Microsoft\\jdk-25.0.1.8-hotspot", "25.0.1");
        windows.env("JAVA_HOME", "C:\\Program Files\\Eclipse Adoptium\\jdk-17.0.13.11-hotspot");

        windows.assertFinds(jdk);
    }

    @Test
    void passes_over_a_jre_25_which_has_no_javac() throws IOException {
        var jre = windows.jdk("C:\\Program Files\\Eclipse Adoptium\\jre-25.0.1.8-hotspot", "25.0.1");
        Files.delete(jre.resolve("bin/javac.exe"));
        var jdk = windows.jdk("C:\\Program Files\\Zulu\\zulu-25", "25.0.1");

        windows.assertFinds(jdk);
    }

    @Test
    void says_what_to_install_naming_the_older_jdk_it_found() throws IOException {
        var result = windows.find();

        result.assertUserError();
        assertTrue(result.stderr().contains("JDK 17"), result.toString());
        assertTrue(result.stderr().contains("Temurin 25 from https://adoptium.net"), result.toString());
    }
}
