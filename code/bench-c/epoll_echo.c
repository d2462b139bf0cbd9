/*
 * A line echo server on one thread with epoll: the reference the bench measures Java against.
 * Every complete line a client sends goes back as it came; a line longer than MAX_LINE bytes
 * ends that client. Usage: epoll_echo PORT (0 lets the kernel pick); it listens on 127.0.0.1
 * and prints "listening on 127.0.0.1:PORT" when ready.
 */
#define _GNU_SOURCE  /* accept4 */
#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <unistd.h>

#define MAX_LINE 1024
#define BUFFER 4096
#define MAX_EVENTS 256

struct client {
    int fd;
    size_t end;               /* bytes in buf */
    size_t complete;          /* bytes of complete lines at the front of buf, to echo */
    size_t sent;              /* of those, already written */
    char buf[BUFFER];
};

static void drop(int epfd, struct client *c) {
    epoll_ctl(epfd, EPOLL_CTL_DEL, c->fd, NULL);
    close(c->fd);
    free(c);
}

static void want(int epfd, struct client *c, uint32_t events) {
    struct epoll_event ev = { .events = events, .data.ptr = c };
    epoll_ctl(epfd, EPOLL_CTL_MOD, c->fd, &ev);
}

/* Writes the pending echo; a full send buffer (EAGAIN) waits for EPOLLOUT, and the client's
 * input is not read meanwhile: a client that does not read cannot make us buffer without end. */
static int flush(int epfd, struct client *c) {
    while (c->sent < c->complete) {
        ssize_t w = write(c->fd, c->buf + c->sent, c->complete - c->sent);
        if (w < 0) {
            if (errno == EINTR) continue;
            if (errno == EAGAIN) { want(epfd, c, EPOLLOUT); return 0; }
            return -1;
        }
        c->sent += (size_t) w;
    }
    c->end -= c->complete;
    memmove(c->buf, c->buf + c->complete, c->end);
    c->complete = c->sent = 0;
    return c->end > MAX_LINE + 1 ? -1 : 0;
}

/* Reads what has arrived and echoes the complete lines in one write; -1 ends the client. */
static int serve(int epfd, struct client *c, uint32_t events) {
    if (events & EPOLLOUT) {
        if (flush(epfd, c) < 0) return -1;
        if (c->complete == 0) want(epfd, c, EPOLLIN);
        return 0;
    }
    ssize_t n = read(c->fd, c->buf + c->end, BUFFER - c->end);
    if (n == 0) return -1;                       /* FIN */
    if (n < 0) return (errno == EAGAIN || errno == EINTR) ? 0 : -1;
    size_t start = c->end;
    c->end += (size_t) n;
    for (size_t i = start; i < c->end; i++) {
        if (c->buf[i] == '\n') c->complete = i + 1;
    }
    return flush(epfd, c);
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

    int epfd = epoll_create1(0);
    struct epoll_event ev = { .events = EPOLLIN, .data.ptr = NULL };   /* NULL: the listener */
    epoll_ctl(epfd, EPOLL_CTL_ADD, listener, &ev);
    struct epoll_event events[MAX_EVENTS];
    for (;;) {
        int ready = epoll_wait(epfd, events, MAX_EVENTS, -1);
        if (ready < 0) {
            if (errno == EINTR) continue;
            perror("epoll_wait");
            return 1;
        }
        for (int i = 0; i < ready; i++) {
            struct client *c = events[i].data.ptr;
            if (c == NULL) {
                int fd = accept4(listener, NULL, NULL, SOCK_NONBLOCK);
                if (fd < 0) continue;            /* EMFILE, ECONNABORTED: this client only */
                setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &on, sizeof on);
                c = calloc(1, sizeof *c);
                if (c == NULL) { close(fd); continue; }
                c->fd = fd;
                struct epoll_event cev = { .events = EPOLLIN, .data.ptr = c };
                epoll_ctl(epfd, EPOLL_CTL_ADD, fd, &cev);
            } else if (serve(epfd, c, events[i].events) < 0) {
                drop(epfd, c);
            }
        }
    }
}
