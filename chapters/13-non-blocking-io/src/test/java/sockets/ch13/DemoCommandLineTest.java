package sockets.ch13;

import sockets.testkit.CommandLineContract;

class DemoCommandLineTest extends CommandLineContract {

    DemoCommandLineTest() {
        super(EchoDemo.class, true);
    }
}
