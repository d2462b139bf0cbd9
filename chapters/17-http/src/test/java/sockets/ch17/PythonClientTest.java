package sockets.ch17;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import sockets.testkit.ExternalClient;

/**
 * Python's http.client, a parser nobody here wrote, reads the server's responses: four
 * pipelined requests answered in order, each framed so that the next is found, and malformed
 * requests written one byte a write, each refused with its status. Without python3 it skips.
 */
@Timeout(30)
class PythonClientTest {

    /** The socket's buffered reader shared by the responses: one read ahead belongs to the next. */
    private static final String SHARED_READER = """
            import http.client, socket, sys
            class Shared:
                def __init__(self, sock): self.file = sock.makefile("rb")
                def makefile(self, *args, **kwargs): return Kept(self.file)
            class Kept:
                def __init__(self, file): self.file = file
                def __getattr__(self, name): return getattr(self.file, name)
                def close(self): pass
            def response(shared, method):
                r = http.client.HTTPResponse(shared, method=method)
                r.begin()
                body = r.read()
                return f"{r.status} {r.getheader('Content-Type')} {len(body)} {r.getheader('Transfer-Encoding')}"
            """;

    private static final String PIPELINE = SHARED_READER + """
            sock = socket.create_connection(("127.0.0.1", int(sys.argv[1])), timeout=10)
            sock.sendall(b"GET /style.css HTTP/1.1\\r\\nHost: py\\r\\n\\r\\n"
                         b"HEAD /site.js HTTP/1.1\\r\\nHost: py\\r\\n\\r\\n"
                         b"GET /echo HTTP/1.1\\r\\nHost: py\\r\\n\\r\\n"
                         b"GET /missing HTTP/1.1\\r\\nHost: py\\r\\nConnection: close\\r\\n\\r\\n")
            shared = Shared(sock)
            for method in ["GET", "HEAD", "GET", "GET"]:
                print(response(shared, method))
            print("end" if sock.recv(1) == b"" else "more")
            """;

    private static final String ONE_BYTE_A_WRITE = SHARED_READER + """
            for request in sys.argv[2:]:
                sock = socket.create_connection(("127.0.0.1", int(sys.argv[1])), timeout=10)
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
                for byte in request.encode("latin-1").decode("unicode_escape").encode("latin-1"):
                    sock.sendall(bytes([byte]))
                print(response(Shared(sock), "GET").split(" ")[0])
                sock.close()
            """;

    @RegisterExtension
    static final SharedServer server = new SharedServer();

    @Test
    void http_client_reads_four_pipelined_responses_in_order_then_the_close() {
        var out = ExternalClient.python3(PIPELINE, String.valueOf(server.port()));
        var css = RunningServer.SITE.resolve("style.css").toFile().length();
        assertEquals("""
                200 text/css; charset=utf-8 %d None
                200 text/javascript; charset=utf-8 0 None
                200 text/plain; charset=utf-8 29 chunked
                404 text/plain; charset=utf-8 28 None
                end
                """.formatted(css), out);
    }

    @Test
    void malformed_requests_written_a_byte_at_a_time_get_their_statuses() {
        var out = ExternalClient.python3(ONE_BYTE_A_WRITE, String.valueOf(server.port()),
                "GET / HTTP/1.1\\r\\nHost: py\\r\\n\\r\\n",
                "GET / HTTP/1.1\\r\\nHost : py\\r\\n\\r\\n",
                "GET / HTTP/1.1\\nHost: py\\n\\n",
                "GET /%2e%2e/pom.xml HTTP/1.1\\r\\nHost: py\\r\\n\\r\\n",
                "POST /echo HTTP/1.1\\r\\nHost: py\\r\\nContent-Length: 5\\r\\nTransfer-Encoding: chunked\\r\\n\\r\\n",
                "GET / HTTP/3.0\\r\\nHost: py\\r\\n\\r\\n",
                "GET / HTTP/1.1\\r\\nHost: py\\r\\nX-Nul: a\\x00b\\r\\n\\r\\n");
        assertEquals("200\n400\n400\n400\n400\n505\n400\n", out);
    }
}
