package sockets.ch12;

import sockets.testkit.CommandLineContract;

class UnixServerCommandLineTest extends CommandLineContract {

    UnixServerCommandLineTest() {
        super(UnixEchoServer.class, false);
    }
}
