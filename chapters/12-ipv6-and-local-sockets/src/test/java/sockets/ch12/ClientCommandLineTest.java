package sockets.ch12;

import sockets.testkit.CommandLineContract;

class ClientCommandLineTest extends CommandLineContract {

    ClientCommandLineTest() {
        super(EchoClient.class, false);
    }
}
