package sockets.ch02;

import sockets.testkit.CommandLineContract;
import sockets.testkit.CommandLineContract.Role;

class BindCommandLineTest extends CommandLineContract {

    BindCommandLineTest() {
        super(BindReport.class, Role.SERVER);
    }
}
