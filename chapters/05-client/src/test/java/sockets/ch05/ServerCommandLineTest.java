package sockets.ch05;

import sockets.testkit.CommandLineContract;
import sockets.testkit.CommandLineContract.Role;

class ServerCommandLineTest extends CommandLineContract {

    ServerCommandLineTest() {
        super(ReplyServer.class, Role.SERVER);
    }
}
