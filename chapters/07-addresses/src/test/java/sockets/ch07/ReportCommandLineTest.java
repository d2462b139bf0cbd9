package sockets.ch07;

import sockets.testkit.CommandLineContract;

/** --help, --host and --port as every program of the workbook answers them. */
class ReportCommandLineTest extends CommandLineContract {

    ReportCommandLineTest() {
        super(AddressReport.class, false);
    }
}
