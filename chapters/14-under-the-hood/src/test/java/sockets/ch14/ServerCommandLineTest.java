package sockets.ch14;

import sockets.testkit.CommandLineContract;

class ServerCommandLineTest extends CommandLineContract {

    ServerCommandLineTest() {
        super(NativeGreetingServer.class, true);
    }
}
