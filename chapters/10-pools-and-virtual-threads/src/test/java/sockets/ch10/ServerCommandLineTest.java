package sockets.ch10;

import sockets.testkit.CommandLineContract;

class ServerCommandLineTest extends CommandLineContract {

    ServerCommandLineTest() {
        super(EchoServer.class, true);
    }
}
