package sockets.ch09;

import sockets.testkit.CommandLineContract;
import sockets.testkit.CommandLineContract.Role;

class ClientCommandLineTest extends CommandLineContract {

    ClientCommandLineTest() {
        super(ChatClient.class, Role.CLIENT);
    }
}
