package sockets.ch12;

import sockets.testkit.CommandLineContract;

class ServerCommandLineTest extends CommandLineContract {

    ServerCommandLineTest() {
        super(DualStackEchoServer.class, true);
    }
}
