package sockets.ch12;

import sockets.testkit.CommandLineContract;

class DemoCommandLineTest extends CommandLineContract {

    DemoCommandLineTest() {
        super(LocalSocketsDemo.class, true);
    }
}
