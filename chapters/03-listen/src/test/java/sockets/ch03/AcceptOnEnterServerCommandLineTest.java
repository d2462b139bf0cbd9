package sockets.ch03;

import sockets.testkit.CommandLineContract;

class AcceptOnEnterServerCommandLineTest extends CommandLineContract {

    AcceptOnEnterServerCommandLineTest() {
        super(AcceptOnEnterServer.class, true);
    }
}
