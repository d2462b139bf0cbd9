package sockets.ch04;

import sockets.testkit.CommandLineContract;
import sockets.testkit.CommandLineContract.Role;

class DemoCommandLineTest extends CommandLineContract {

    DemoCommandLineTest() {
        super(AcceptDemo.class, Role.SERVER);
    }
}
