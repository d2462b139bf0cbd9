package sockets.ch04;

import sockets.testkit.CommandLineContract;

class ClientCommandLineTest extends CommandLineContract {

    ClientCommandLineTest() {
        super(GreetingClient.class, false);
    }
}
