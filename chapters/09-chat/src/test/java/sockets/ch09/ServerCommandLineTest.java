package sockets.ch09;

import sockets.testkit.CommandLineContract;
import sockets.testkit.CommandLineContract.Role;

class ServerCommandLineTest extends CommandLineContract {

    ServerCommandLineTest() {
        super(ChatServer.class, Role.SERVER);
    }
}
