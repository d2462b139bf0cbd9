package sockets.ch05;

import sockets.testkit.CommandLineContract;

class ClientCommandLineTest extends CommandLineContract {

    ClientCommandLineTest() {
        super(LineClient.class, false);
    }
}
