package sockets.ch05;

import sockets.testkit.CommandLineContract;

class ServerCommandLineTest extends CommandLineContract {

    ServerCommandLineTest() {
        super(ReplyServer.class, true);
    }
}
