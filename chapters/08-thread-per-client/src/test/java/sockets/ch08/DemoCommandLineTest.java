package sockets.ch08;

import sockets.testkit.CommandLineContract;

class DemoCommandLineTest extends CommandLineContract {

    DemoCommandLineTest() {
        super(ThreadPerClientDemo.class, true);
    }
}
