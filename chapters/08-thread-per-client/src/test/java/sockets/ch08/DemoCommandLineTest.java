package sockets.ch08;

import sockets.testkit.CommandLineContract;
import sockets.testkit.CommandLineContract.Role;

class DemoCommandLineTest extends CommandLineContract {

    DemoCommandLineTest() {
        super(ThreadPerClientDemo.class, Role.SERVER);
    }
}
