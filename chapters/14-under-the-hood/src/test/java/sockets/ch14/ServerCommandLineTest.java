package sockets.ch14;

import org.junit.jupiter.api.BeforeAll;
import sockets.testkit.CommandLineContract;
import sockets.testkit.CommandLineContract.Role;

class ServerCommandLineTest extends CommandLineContract {

    ServerCommandLineTest() {
        super(NativeGreetingServer.class, Role.SERVER);
    }

    /** Elsewhere the program answers every command line with its one "Linux only" sentence. */
    @BeforeAll
    static void onLinuxOnly() {
        LinuxLibc.require();
    }
}
