package sockets.ch13;

import sockets.testkit.CommandLineContract;

class ServerCommandLineTest extends CommandLineContract {

    ServerCommandLineTest() {
        super(SelectorServer.class, true);
    }
}
