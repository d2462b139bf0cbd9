package sockets.ch12;

import sockets.testkit.CommandLineContract;
import sockets.testkit.CommandLineContract.Role;

class UnixClientCommandLineTest extends CommandLineContract {

    UnixClientCommandLineTest() {
        super(UnixEchoClient.class, Role.CLIENT);
    }
}
