package sockets.ch03;

import sockets.testkit.CommandLineContract;
import sockets.testkit.CommandLineContract.Role;

class AcceptOnEnterServerCommandLineTest extends CommandLineContract {

    AcceptOnEnterServerCommandLineTest() {
        super(AcceptOnEnterServer.class, Role.SERVER);
    }
}
