package sockets.ch03;

import sockets.testkit.CommandLineContract;
import sockets.testkit.CommandLineContract.Role;

class BacklogDemoCommandLineTest extends CommandLineContract {

    BacklogDemoCommandLineTest() {
        super(BacklogDemo.class, Role.SERVER);
    }
}
