package sockets.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * .mvn/JdkFinder.java on a Mac as students have them: /usr/bin/java is Apple's stub (it offers
 * to install Java instead of running one), JDKs are bundles under /Library/Java or
 * ~/Library/Java, and Homebrew's openjdk kegs are not linked there unless one does it by hand.
 */
@Timeout(120)
class JdkFinderOnMacosTest {

    @TempDir
    Path disk;

    FakeMachine mac;

    @BeforeEach
    void a_mac_whose_path_starts_with_apples_stub() throws IOException {
        mac = new FakeMachine("macos", disk).env("HOME", "/Users/ann").env("PATH", "/usr/bin:/bin:/usr/sbin");
        mac.plainFile("/usr/bin/java");
    }

    @AfterEach
    void remove_the_links() throws IOException {
        mac.close();
    }

    @Test
    void finds_the_installers_jdk_in_library_java_past_apples_stub() throws IOException {
        var temurin = mac.jdk("/Library/Java/JavaVirtualMachines/temurin-25.jdk/Contents/Home", "25.0.1");

        mac.assertFinds(temurin);
    }

    @Test
    void finds_a_jdk_in_the_users_own_library_java() throws IOException {
        var downloaded = mac.jdk("/Users/ann/Library/Java/JavaVirtualMachines/openjdk-25/Contents/Home", "25");

        mac.assertFinds(downloaded);
    }

    @Test
    void finds_homebrews_keg_past_an_older_keg_first_on_the_path() throws IOException {
        mac.jdk("/opt/homebrew/Cellar/openjdk@17/17.0.13/libexec/openjdk.jdk/Contents/Home", "17.0.13");
        mac.link("/opt/homebrew/Cellar/openjdk@17/17.0.13/bin/java", "../libexec/openjdk.jdk/Contents/Home/bin/java");
        mac.link("/opt/homebrew/opt/openjdk@17", "../Cellar/openjdk@17/17.0.13");
        var brewed = mac.jdk("/opt/homebrew/Cellar/openjdk/25.0.1/libexec/openjdk.jdk/Contents/Home", "25.0.1");
        mac.link("/opt/homebrew/opt/openjdk", "../Cellar/openjdk/25.0.1");
        mac.env("PATH", "/opt/homebrew/opt/openjdk@17/bin:/usr/bin:/bin");

        var result = mac.find();

        assertEquals(0, result.exitCode(), result.toString());
        assertEquals(brewed.toRealPath(), Path.of(result.stdout().strip()).toRealPath());
    }

    @Test
    void finds_an_intel_macs_homebrew_under_usr_local() throws IOException {
        var brewed = mac.jdk("/usr/local/opt/openjdk@25/libexec/openjdk.jdk/Contents/Home", "25.0.1");

        mac.assertFinds(brewed);
    }

    @Test
    void says_what_to_install_when_only_apples_stub_is_there() throws IOException {
        var result = mac.find();

        result.assertUserError();
        assertTrue(result.stderr().contains("https://adoptium.net"), result.toString());
        assertEquals("", result.stdout());
    }
}
