package sockets.ch15;

import sockets.testkit.CommandLineContract;
import sockets.testkit.CommandLineContract.Role;

class ClientCommandLineTest extends CommandLineContract {

    ClientCommandLineTest() {
        super(TlsEchoClient.class, Role.CLIENT);
    }
}
