package sockets.ch01;

import sockets.testkit.CommandLineContract;
import sockets.testkit.CommandLineContract.Role;

class TourCommandLineTest extends CommandLineContract {

    TourCommandLineTest() {
        super(SocketTour.class, Role.SERVER);
    }
}
