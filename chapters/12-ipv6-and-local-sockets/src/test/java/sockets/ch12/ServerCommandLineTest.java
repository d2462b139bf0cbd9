package sockets.ch12;

import sockets.testkit.CommandLineContract;
import sockets.testkit.CommandLineContract.Role;

class ServerCommandLineTest extends CommandLineContract {

    ServerCommandLineTest() {
        super(DualStackEchoServer.class, Role.SERVER);
    }
}
