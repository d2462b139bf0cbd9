package sockets.ch02;

import sockets.testkit.CommandLineContract;

class BindCommandLineTest extends CommandLineContract {

    BindCommandLineTest() {
        super(BindReport.class, true);
    }
}
