package sockets.ch14;

import sockets.testkit.CommandLineContract;
import sockets.testkit.CommandLineContract.Role;

class DemoCommandLineTest extends CommandLineContract {

    DemoCommandLineTest() {
        super(NativeDemo.class, Role.SERVER);
    }
}
