package sockets.ch10;

import sockets.testkit.CommandLineContract;
import sockets.testkit.CommandLineContract.Role;

class DemoCommandLineTest extends CommandLineContract {

    DemoCommandLineTest() {
        super(PoolDemo.class, Role.SERVER);
    }
}
