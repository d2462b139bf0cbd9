package sockets.ch05;

import sockets.testkit.CommandLineContract;
import sockets.testkit.CommandLineContract.Role;

class ClientCommandLineTest extends CommandLineContract {

    ClientCommandLineTest() {
        super(LineClient.class, Role.CLIENT);
    }
}
