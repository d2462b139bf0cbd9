package sockets.ch15;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import sockets.testkit.JavaProgram;
import sockets.testkit.LoopbackPorts;
import sockets.testkit.PortInUse;
import sockets.testkit.Transcript;

/** The real programs in child JVMs, as ./workbook runs them, against each other. */
@Timeout(90)
class ServerProgramTest {

    @Test
    void the_server_and_the_client_print_what_the_book_shows() throws IOException {
        KeyMaker.made(); // once, before the children look for the keys
        try (var server = JavaProgram.start(TlsEchoServer.class)) {
            var port = server.awaitListening().getPort();
            var client = Transcript.load("client.txt");
            var result = JavaProgram.run(TlsEchoClient.class, client.argumentsWithPort(port));
            assertEquals(0, result.exitCode(), result::toString);
            client.assertMatches(result.stdout());

            var wrongName = Transcript.load("wrong-name.txt");
            var refusedByName = JavaProgram.run(TlsEchoClient.class, wrongName.argumentsWithPort(port));
            refusedByName.assertUserError();
            wrongName.assertMatches(refusedByName.stderr());
            server.awaitLine("handshake failed");

            // A client whose TCP connection ends without a close_notify: a truncation.
            try (var tcp = new Socket(server.awaitListening().getAddress(), port)) {
                var tls = (SSLSocket) Keys.clientContext().getSocketFactory()
                        .createSocket(tcp, "localhost", port, false);
                tls.getOutputStream().write("cut short\n".getBytes(StandardCharsets.UTF_8));
                TlsEchoConnection.readLine(tls.getInputStream());
            }
            server.awaitLine("without a close_notify");
            Transcript.load("server.txt")
                    // The refusing client may close before the server has read its alert (the
                    // server still writing its last handshake records): either line is right.
                    .normalising("the client closed the connection while this server was still sending [^\n]*",
                            "the client refused our certificate: certificate_unknown")
                    .assertMatches(String.join("\n", server.stdoutSoFar()));
        }
    }

    @Test
    void a_refused_connection_is_reported_as_the_book_shows() {
        var transcript = Transcript.load("refused.txt");
        var result = JavaProgram.run(TlsEchoClient.class, transcript.argumentsWithPort(LoopbackPorts.closed()));
        result.assertUserError();
        transcript.assertMatches(result.stderr());
    }

    @Test
    void a_port_in_use_is_reported_as_the_book_shows() {
        PortInUse.assertReportedAsTheBookShows(TlsEchoServer.class);
    }
}
