package sockets.ch07;

import sockets.testkit.CommandLineContract;
import sockets.testkit.CommandLineContract.Role;

/** --help, --host and --port as every program of the workbook answers them. */
class ReportCommandLineTest extends CommandLineContract {

    ReportCommandLineTest() {
        super(AddressReport.class, Role.BINDS_NO_PORT);
    }
}
