package sockets.ch11;

import sockets.testkit.CommandLineContract;
import sockets.testkit.CommandLineContract.Role;

/** The demo binds a UDP port, so the contract's "port in use" holds a UDP one. */
class DemoCommandLineTest extends CommandLineContract {

    DemoCommandLineTest() {
        super(DatagramDemo.class, Role.UDP_SERVER);
    }
}
