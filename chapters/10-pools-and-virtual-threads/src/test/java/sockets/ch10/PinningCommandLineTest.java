package sockets.ch10;

import sockets.testkit.CommandLineContract;
import sockets.testkit.CommandLineContract.Role;

class PinningCommandLineTest extends CommandLineContract {

    PinningCommandLineTest() {
        super(PinningDemo.class, Role.SERVER);
    }
}
