package sockets.ch14;

import sockets.testkit.CommandLineContract;

class DemoCommandLineTest extends CommandLineContract {

    DemoCommandLineTest() {
        super(NativeDemo.class, true);
    }
}
