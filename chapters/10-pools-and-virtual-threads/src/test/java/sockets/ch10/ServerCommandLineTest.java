package sockets.ch10;

import sockets.testkit.CommandLineContract;
import sockets.testkit.CommandLineContract.Role;

class ServerCommandLineTest extends CommandLineContract {

    ServerCommandLineTest() {
        super(EchoServer.class, Role.SERVER);
    }
}
