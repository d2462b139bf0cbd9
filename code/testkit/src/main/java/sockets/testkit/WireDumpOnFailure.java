package sockets.testkit;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * When a test fails, publishes the bytes its connections carried as a report entry named
 * {@code wire}; the exercise runner prints it under the failure. Registered automatically
 * (service loader) wherever JUnit extension auto-detection is on.
 */
public final class WireDumpOnFailure implements BeforeEachCallback, TestExecutionExceptionHandler {

    public static final String REPORT_KEY = "wire";

    @Override
    public void beforeEach(ExtensionContext context) {
        WireLog.startTest();
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        var dump = WireLog.dumpRecent();
        if (!dump.isEmpty()) {
            context.publishReportEntry(REPORT_KEY, dump);
        }
        throw failure;
    }
}
