package sockets.loadgen;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The nginx.conf of {@code ./workbook bench http}, as text (NginxServerTest runs nginx with it). */
class NginxConfigTest {

    private static final String DEBIAN_NGINX = """
            nginx version: nginx/1.22.1
            configure arguments: --prefix=/usr/share/nginx --http-proxy-temp-path=/var/lib/nginx/proxy
            """;

    @Test
    void the_configuration_keeps_nginx_in_the_foreground_and_its_files_in_its_own_folder(@TempDir Path site) {
        var config = NginxConfig.of(site, 40123, DEBIAN_NGINX);

        assertAll(
                () -> assertTrue(config.contains("\ndaemon off;\n"), config),
                () -> assertTrue(config.contains("\npid nginx.pid;\n"), config),
                () -> assertTrue(config.contains("\nerror_log stderr notice;\n"), config),
                () -> assertTrue(config.contains("\nworker_processes auto;\n"), config),
                () -> assertTrue(config.contains("listen 127.0.0.1:40123;\n"), config),
                () -> assertTrue(config.contains("root \"" + site.toAbsolutePath() + "\";\n"), config),
                () -> assertTrue(config.contains("    client_body_temp_path client_body_temp;\n"), config),
                () -> assertTrue(config.contains("    proxy_temp_path proxy_temp;\n"), config),
                () -> assertTrue(config.contains("    fastcgi_temp_path fastcgi_temp;\n"), config),
                () -> assertTrue(config.contains("    uwsgi_temp_path uwsgi_temp;\n"), config),
                () -> assertTrue(config.contains("    scgi_temp_path scgi_temp;\n"), config),
                () -> assertTrue(config.contains("access_log off;"), config),
                () -> assertFalse(config.contains("/var/"), config));
    }

    @Test
    void a_module_nginx_was_built_without_gets_no_temporary_path(@TempDir Path site) {
        var config = NginxConfig.of(site, 40123, DEBIAN_NGINX + " --without-http_uwsgi_module --without-http_scgi_module");

        assertAll(
                () -> assertFalse(config.contains("uwsgi_temp_path"), config),
                () -> assertFalse(config.contains("scgi_temp_path"), config),
                () -> assertTrue(config.contains("fastcgi_temp_path"), config));
    }
}
