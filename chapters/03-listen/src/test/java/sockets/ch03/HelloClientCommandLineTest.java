package sockets.ch03;

import sockets.testkit.CommandLineContract;

class HelloClientCommandLineTest extends CommandLineContract {

    HelloClientCommandLineTest() {
        super(HelloClient.class, false);
    }
}
