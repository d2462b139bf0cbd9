package sockets.ch12;

import sockets.testkit.CommandLineContract;
import sockets.testkit.CommandLineContract.Role;

class DemoCommandLineTest extends CommandLineContract {

    DemoCommandLineTest() {
        super(LocalSocketsDemo.class, Role.SERVER);
    }
}
