package sockets.ch10;

import sockets.testkit.CommandLineContract;

class DemoCommandLineTest extends CommandLineContract {

    DemoCommandLineTest() {
        super(PoolDemo.class, true);
    }
}
