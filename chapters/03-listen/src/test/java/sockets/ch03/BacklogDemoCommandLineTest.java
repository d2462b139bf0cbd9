package sockets.ch03;

import sockets.testkit.CommandLineContract;

class BacklogDemoCommandLineTest extends CommandLineContract {

    BacklogDemoCommandLineTest() {
        super(BacklogDemo.class, true);
    }
}
