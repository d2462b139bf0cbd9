package sockets.ch12;

import sockets.testkit.CommandLineContract;

class UnixClientCommandLineTest extends CommandLineContract {

    UnixClientCommandLineTest() {
        super(UnixEchoClient.class, false);
    }
}
