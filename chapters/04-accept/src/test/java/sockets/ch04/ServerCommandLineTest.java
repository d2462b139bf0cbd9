package sockets.ch04;

import sockets.testkit.CommandLineContract;

class ServerCommandLineTest extends CommandLineContract {

    ServerCommandLineTest() {
        super(GreetingServer.class, true);
    }
}
