package sockets.ch04;

import sockets.testkit.CommandLineContract;
import sockets.testkit.CommandLineContract.Role;

class ServerCommandLineTest extends CommandLineContract {

    ServerCommandLineTest() {
        super(GreetingServer.class, Role.SERVER);
    }
}
