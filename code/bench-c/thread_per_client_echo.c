/*
 * A line echo server with one POSIX thread per client, the design of the classic C socket
 * tutorials, written carefully: the bench measures Java's servers against it. Each complete
 * line goes back as it came; a line longer than MAX_LINE bytes ends that client.
 * Usage: thread_per_client_echo PORT (0 lets the kernel pick); it listens on 127.0.0.1 and
 * prints "listening on 127.0.0.1:PORT" when ready.
 */
#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#define MAX_LINE 1024
#define BUFFER 4096

static int write_all(int fd, const char *p, size_t n) {
    while (n > 0) {
        ssize_t w = write(fd, p, n);
        if (w < 0) {
            if (errno == EINTR) continue;
            return -1;
        }
        p += w;
        n -= (size_t) w;
    }
    return 0;
}

/* The descriptor travels in the pointer itself: nothing to free, nothing freed too early. */
static void *serve(void *arg) {
    int fd = (int) (intptr_t) arg;
    char buf[BUFFER];
    size_t kept = 0;
    for (;;) {
        ssize_t n = read(fd, buf + kept, BUFFER - kept);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) break;                       /* FIN or error */
        size_t end = kept + (size_t) n, complete = 0;
        for (size_t i = kept; i < end; i++) {
            if (buf[i] == '\n') complete = i + 1;
        }
        if (complete > 0 && write_all(fd, buf, complete) < 0) break;
        kept = end - complete;
        memmove(buf, buf + complete, kept);
        if (kept > MAX_LINE + 1) break;
    }
    close(fd);
    return NULL;
}

int main(int argc, char **argv) {
    int port = argc > 1 ? atoi(argv[1]) : 0;
    int listener = socket(AF_INET, SOCK_STREAM, 0);
    if (listener < 0) { perror("socket"); return 1; }
    int on = 1;
    setsockopt(listener, SOL_SOCKET, SO_REUSEADDR, &on, sizeof on);
    struct sockaddr_in addr = { .sin_family = AF_INET, .sin_port = htons((uint16_t) port) };
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (bind(listener, (struct sockaddr *) &addr, sizeof addr) < 0) { perror("bind"); return 1; }
    if (listen(listener, 1024) < 0) { perror("listen"); return 1; }
    socklen_t len = sizeof addr;
    getsockname(listener, (struct sockaddr *) &addr, &len);
    printf("listening on 127.0.0.1:%d\n", ntohs(addr.sin_port));
    fflush(stdout);

    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    for (;;) {
        int fd = accept(listener, NULL, NULL);
        if (fd < 0) continue;                    /* EMFILE, ECONNABORTED: this client only */
        setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &on, sizeof on);
        pthread_t thread;
        int err = pthread_create(&thread, &attr, serve, (void *) (intptr_t) fd);
        if (err != 0) {
            fprintf(stderr, "pthread_create: %s\n", strerror(err));
            close(fd);
        }
    }
}
