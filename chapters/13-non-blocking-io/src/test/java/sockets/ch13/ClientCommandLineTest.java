package sockets.ch13;

import sockets.testkit.CommandLineContract;
import sockets.testkit.CommandLineContract.Role;

class ClientCommandLineTest extends CommandLineContract {

    ClientCommandLineTest() {
        super(EchoClient.class, Role.CLIENT);
    }
}
