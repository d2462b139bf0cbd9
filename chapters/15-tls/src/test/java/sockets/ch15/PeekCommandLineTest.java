package sockets.ch15;

import sockets.testkit.CommandLineContract;
import sockets.testkit.CommandLineContract.Role;

class PeekCommandLineTest extends CommandLineContract {

    PeekCommandLineTest() {
        super(ClientHelloPeek.class, Role.SERVER);
    }
}
