package sockets.ch04;

import sockets.testkit.CommandLineContract;

class DemoCommandLineTest extends CommandLineContract {

    DemoCommandLineTest() {
        super(AcceptDemo.class, true);
    }
}
