package sockets.ch04;

import sockets.testkit.CommandLineContract;
import sockets.testkit.CommandLineContract.Role;

class ClientCommandLineTest extends CommandLineContract {

    ClientCommandLineTest() {
        super(GreetingClient.class, Role.CLIENT);
    }
}
