package sockets.ch06;

import sockets.testkit.CommandLineContract;

class DemoCommandLineTest extends CommandLineContract {

    DemoCommandLineTest() {
        super(EchoDemo.class, true);
    }
}
