package sockets.ch09;

import sockets.testkit.CommandLineContract;

class DemoCommandLineTest extends CommandLineContract {

    DemoCommandLineTest() {
        super(ChatDemo.class, true);
    }
}
