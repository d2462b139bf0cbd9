package sockets.ch05;

import sockets.testkit.CommandLineContract;
import sockets.testkit.CommandLineContract.Role;

class DemoCommandLineTest extends CommandLineContract {

    DemoCommandLineTest() {
        super(ClientDemo.class, Role.SERVER);
    }
}
