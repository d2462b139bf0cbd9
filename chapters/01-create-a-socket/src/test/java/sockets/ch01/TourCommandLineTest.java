package sockets.ch01;

import sockets.testkit.CommandLineContract;

class TourCommandLineTest extends CommandLineContract {

    TourCommandLineTest() {
        super(SocketTour.class, true);
    }
}
