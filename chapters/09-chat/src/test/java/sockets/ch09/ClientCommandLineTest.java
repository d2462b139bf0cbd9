package sockets.ch09;

import sockets.testkit.CommandLineContract;

class ClientCommandLineTest extends CommandLineContract {

    ClientCommandLineTest() {
        super(ChatClient.class, false);
    }
}
