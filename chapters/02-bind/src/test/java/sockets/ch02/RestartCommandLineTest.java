package sockets.ch02;

import sockets.testkit.CommandLineContract;
import sockets.testkit.CommandLineContract.Role;

class RestartCommandLineTest extends CommandLineContract {

    RestartCommandLineTest() {
        super(ServerRestart.class, Role.SERVER);
    }
}
