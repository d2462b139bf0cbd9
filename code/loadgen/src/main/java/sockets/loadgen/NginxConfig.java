package sockets.loadgen;

import java.nio.file.Path;
import java.util.Map;

/**
 * The nginx.conf {@link NginxServer} writes: nginx as any user may run it, in the foreground,
 * everything it writes in the configuration's folder, serving one folder on one loopback port.
 */
final class NginxConfig {

    /** The temporary folders of the modules a Debian or Homebrew nginx has, none of them used here. */
    private static final Map<String, String> TEMP_PATHS = Map.of("proxy", "proxy_temp_path",
            "fastcgi", "fastcgi_temp_path", "uwsgi", "uwsgi_temp_path", "scgi", "scgi_temp_path");

    private NginxConfig() {
    }

    /**
     * The configuration. {@code worker_processes auto}: one worker process per core, as Debian's
     * own nginx.conf has it; chapter 17's server runs its virtual threads on one carrier thread
     * per core, so each server may use every core. No access log (nor does chapter 17 write a
     * line per request to a file); {@code sendfile} on, as Debian ships it; the kernel copies a
     * file to the socket without it passing through nginx. {@code keepalive_requests}: nginx
     * closes a connection after 1,000 requests by default; here, as with chapter 17, wrk keeps
     * its connections for the whole run.
     *
     * @param version what {@code nginx -V} printed: a module built {@code --without-...} refuses
     *                its temporary path's directive, so that one is left out
     */
    static String of(Path site, int port, String version) {
        var temp = new StringBuilder("    client_body_temp_path client_body_temp;\n");
        TEMP_PATHS.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .filter(module -> !version.contains("--without-http_" + module.getKey() + "_module"))
                .forEach(module -> temp.append("    ").append(module.getValue()).append(' ')
                        .append(module.getKey()).append("_temp;\n"));
        return """
                # Written by ./workbook bench http. Relative paths are in the folder of this file
                # (nginx -p), which an ordinary user can write: no root, nothing in /var.
                daemon off;
                worker_processes auto;
                pid nginx.pid;
                error_log stderr notice;
                events {
                    worker_connections 1024;
                }
                http {
                    access_log off;
                    sendfile on;
                    tcp_nopush on;
                    keepalive_requests 100000000;
                %s    types {
                        text/html html htm;
                        text/css css;
                        text/javascript js mjs;
                        application/json json;
                        text/plain txt;
                        image/png png;
                        image/jpeg jpg jpeg;
                        image/gif gif;
                        image/svg+xml svg;
                        image/x-icon ico;
                        image/webp webp;
                    }
                    default_type application/octet-stream;
                    server {
                        listen 127.0.0.1:%d;
                        root "%s";
                    }
                }
                """.formatted(temp, port, site.toAbsolutePath());
    }
}
