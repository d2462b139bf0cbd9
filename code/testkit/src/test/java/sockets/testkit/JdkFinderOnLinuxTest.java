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

/**
 * .mvn/JdkFinder.java on Linux: the distribution's JDKs under /usr/lib/jvm, the default one
 * reached from /usr/bin/java through /etc/alternatives (so the PATH's java is a chain of links),
 * and the JDKs that SDKMAN!, IntelliJ IDEA (~/.jdks) and hand-unpacked archives (/opt/java) keep.
 */
@Timeout(120)
class JdkFinderOnLinuxTest {

    @TempDir
    Path disk;

    FakeMachine linux;

    @BeforeEach
    void a_linux_machine_whose_default_java_is_17() throws IOException {
        linux = new FakeMachine("linux", disk).env("HOME", "/home/ann").env("PATH", "/usr/local/bin:/usr/bin:/bin");
        linux.jdk("/usr/lib/jvm/java-17-openjdk-amd64", "17.0.13");
        linux.link("/usr/bin/java", "/etc/alternatives/java");
        linux.link("/etc/alternatives/java", "/usr/lib/jvm/java-17-openjdk-amd64/bin/java");
    }

    @AfterEach
    void remove_the_links() throws IOException {
        linux.close();
    }

    @Test
    void finds_a_jdk_25_in_usr_lib_jvm_past_the_older_default_java() throws IOException {
        var jdk = linux.jdk("/usr/lib/jvm/temurin-25-jdk-amd64", "25.0.1");

        linux.assertFinds(jdk);
    }

    @Test
    void follows_the_links_of_the_path_java_to_its_home() throws IOException {
        var jdk = linux.jdk("/srv/tools/jdk-25", "25");
        Files.delete(linux.file("/etc/alternatives/java"));
        linux.link("/etc/alternatives/java", "/srv/tools/jdk-25/bin/java");

        linux.assertFinds(jdk);
    }

    @Test
    void takes_java_home_when_it_is_25_or_newer_even_if_a_newer_jdk_is_installed() throws IOException {
        var chosen = linux.jdk("/home/ann/.sdkman/candidates/java/25.0.1-tem", "25.0.1");
        linux.jdk("/usr/lib/jvm/jdk-26", "26");
        linux.env("JAVA_HOME", "/home/ann/.sdkman/candidates/java/25.0.1-tem");

        linux.assertFinds(chosen);
    }

    @Test
    void takes_the_newest_jdk_when_java_home_is_older() throws IOException {
        linux.jdk("/usr/lib/jvm/temurin-25-jdk-amd64", "25.0.1");
        var newest = linux.jdk("/opt/java/jdk-26", "26-ea");
        linux.env("JAVA_HOME", "/usr/lib/jvm/java-17-openjdk-amd64");

        linux.assertFinds(newest);
    }

    @Test
    void finds_sdkman_where_sdkman_dir_says() throws IOException {
        var jdk = linux.jdk("/usr/local/sdkman/candidates/java/25-tem", "25");
        linux.env("SDKMAN_DIR", "/usr/local/sdkman");

        linux.assertFinds(jdk);
    }

    @Test
    void finds_intellijs_downloads_in_dot_jdks() throws IOException {
        var jdk = linux.jdk("/home/ann/.jdks/temurin-25.0.1", "25.0.1");

        linux.assertFinds(jdk);
    }

    @Test
    void a_folder_without_a_release_file_is_no_jdk() throws IOException {
        var notJdk = linux.jdk("/usr/lib/jvm/jdk-25-unpacked-badly", "25");
        Files.delete(notJdk.resolve("release"));

        linux.find().assertUserError();
    }

    @Test
    void a_folder_without_bin_java_is_no_jdk() throws IOException {
        var notJdk = linux.jdk("/usr/lib/jvm/jdk-25-half-deleted", "25");
        Files.delete(notJdk.resolve("bin/java"));

        linux.find().assertUserError();
    }

    @Test
    void reads_java_8s_version_1_8_as_8() throws IOException {
        Files.delete(linux.file("/usr/lib/jvm/java-17-openjdk-amd64/release"));
        linux.jdk("/usr/lib/jvm/jdk-1.8.0_402", "1.8.0_402");
        linux.env("JAVA_HOME", "/usr/lib/jvm/jdk-1.8.0_402");

        var result = linux.find();

        result.assertUserError();
        assertTrue(result.stderr().contains("the newest found is JDK 8,"), result.toString());
    }
}
