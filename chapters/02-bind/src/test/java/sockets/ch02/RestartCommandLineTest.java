package sockets.ch02;

import sockets.testkit.CommandLineContract;

class RestartCommandLineTest extends CommandLineContract {

    RestartCommandLineTest() {
        super(ServerRestart.class, true);
    }
}
