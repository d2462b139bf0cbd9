package sockets.ch12;

import sockets.testkit.CommandLineContract;
import sockets.testkit.CommandLineContract.Role;

class UnixServerCommandLineTest extends CommandLineContract {

    UnixServerCommandLineTest() {
        super(UnixEchoServer.class, Role.BINDS_NO_PORT);
    }
}
