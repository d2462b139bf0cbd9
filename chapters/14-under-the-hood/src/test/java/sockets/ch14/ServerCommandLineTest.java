package sockets.ch14;

import sockets.testkit.CommandLineContract;
import sockets.testkit.CommandLineContract.Role;

class ServerCommandLineTest extends CommandLineContract {

    ServerCommandLineTest() {
        super(NativeGreetingServer.class, Role.SERVER);
    }
}
