package sockets.ch11;

import sockets.testkit.CommandLineContract;

/** The demo binds a UDP port; the contract's "port in use" takes a TCP one, so it is skipped. */
class DemoCommandLineTest extends CommandLineContract {

    DemoCommandLineTest() {
        super(DatagramDemo.class, false);
    }
}
