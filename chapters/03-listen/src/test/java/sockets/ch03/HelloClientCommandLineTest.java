package sockets.ch03;

import sockets.testkit.CommandLineContract;
import sockets.testkit.CommandLineContract.Role;

class HelloClientCommandLineTest extends CommandLineContract {

    HelloClientCommandLineTest() {
        super(HelloClient.class, Role.CLIENT);
    }
}
