package sockets.ch17;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One server on the chapter's site for every test of a class, started before the first and
 * closed after the last: {@code @RegisterExtension static final SharedServer server = new SharedServer();}
 */
final class SharedServer implements BeforeAllCallback, AfterAllCallback {

    private RunningServer server;

    @Override
    public void beforeAll(ExtensionContext context) {
        server = RunningServer.start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        server.close();
    }

    RawClient connect() {
        return server.connect();
    }

    int port() {
        return server.port();
    }
}
