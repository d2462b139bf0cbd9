package sockets.ch05;

import sockets.testkit.CommandLineContract;

class DemoCommandLineTest extends CommandLineContract {

    DemoCommandLineTest() {
        super(ClientDemo.class, true);
    }
}
