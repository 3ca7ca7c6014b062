/* AF_UNIX SOCK_DGRAM and SOCK_SEQPACKET socketpairs: message boundaries, truncation (MSG_TRUNC
   in and out), MSG_PEEK, empty messages, read/write on them, non-blocking EAGAIN, poll, what the
   peer's close does to each type, and a pair shared across fork. */
#define _GNU_SOURCE
#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

static void show_poll(const char *what, int fd) {
    struct pollfd p = {fd, POLLIN | POLLOUT | POLLRDHUP, 0};
    int n = poll(&p, 1, 0);
    printf("  %s: poll %d revents%s%s%s%s%s\n", what, n, p.revents & POLLIN ? " IN" : "",
           p.revents & POLLOUT ? " OUT" : "", p.revents & POLLHUP ? " HUP" : "",
           p.revents & POLLRDHUP ? " RDHUP" : "", p.revents & POLLERR ? " ERR" : "");
}

static void rmsg(const char *what, int fd, size_t cap, int flags) {
    char buf[256];
    struct iovec iov = {buf, cap};
    struct msghdr m = {0};
    m.msg_iov = &iov;
    m.msg_iovlen = 1;
    ssize_t n = recvmsg(fd, &m, flags);
    if (n < 0) {
        printf("  %s: recvmsg -> %s\n", what, strerror(errno));
        return;
    }
    printf("  %s: recvmsg(cap %zu) -> %zd \"%.*s\"%s\n", what, cap, n, (int)(n < (ssize_t)cap ? n : (ssize_t)cap), buf,
           m.msg_flags & MSG_TRUNC ? " MSG_TRUNC" : "");
}

static void type_test(const char *name, int type) {
    int sv[2];
    printf("%s: socketpair -> %d\n", name, socketpair(AF_UNIX, type, 0, sv));
    int t = 0;
    socklen_t tl = sizeof t;
    getsockopt(sv[0], SOL_SOCKET, SO_TYPE, &t, &tl);
    printf("  SO_TYPE %d\n", t);
    show_poll("empty", sv[1]);
    send(sv[0], "first message", 13, 0);
    send(sv[0], "", 0, 0);
    send(sv[0], "third, a longer message", 23, 0);
    write(sv[0], "fourth", 6);
    send(sv[0], "fifth", 5, 0);
    show_poll("queued", sv[1]);
    rmsg("peek", sv[1], 5, MSG_PEEK);
    rmsg("first, truncated", sv[1], 5, 0);
    rmsg("empty message", sv[1], 100, 0);
    rmsg("third, MSG_TRUNC", sv[1], 4, MSG_TRUNC);
    char b[3];
    printf("  read(3) -> %zd\n", read(sv[1], b, 3));
    rmsg("fifth", sv[1], 100, 0);
    rmsg("nothing, MSG_DONTWAIT", sv[1], 100, MSG_DONTWAIT);
    /* both directions */
    send(sv[1], "back", 4, 0);
    rmsg("other way", sv[0], 100, 0);
    /* across fork */
    pid_t p = fork();
    if (p == 0) {
        for (int i = 0; i < 3; i++) {
            char m[16];
            int n = snprintf(m, sizeof m, "child %d", i);
            send(sv[0], m, n, 0);
        }
        _exit(0);
    }
    waitpid(p, 0, 0);
    for (int i = 0; i < 3; i++) {
        rmsg("from the child", sv[1], 100, 0);
    }
    /* the peer goes */
    send(sv[1], "left behind", 11, 0);
    close(sv[1]);
    show_poll("peer closed", sv[0]);
    rmsg("what was left", sv[0], 100, MSG_DONTWAIT);
    rmsg("after that", sv[0], 100, MSG_DONTWAIT);
    errno = 0;
    ssize_t n = send(sv[0], "x", 1, MSG_DONTWAIT);
    printf("  send to the closed peer -> %zd %s\n", n, n < 0 ? strerror(errno) : "");
    n = send(sv[0], "x", 1, MSG_DONTWAIT);
    printf("  again -> %zd %s\n", n, n < 0 ? strerror(errno) : "");
    close(sv[0]);
    /* shutdown */
    socketpair(AF_UNIX, type, 0, sv);
    printf("  shutdown(SHUT_WR) -> %d\n", shutdown(sv[0], SHUT_WR));
    n = send(sv[0], "x", 1, MSG_DONTWAIT);
    printf("  send after SHUT_WR -> %zd %s\n", n, n < 0 ? strerror(errno) : "");
    show_poll("peer of SHUT_WR", sv[1]);
    rmsg("peer of SHUT_WR", sv[1], 100, MSG_DONTWAIT);
    close(sv[0]);
    close(sv[1]);
}

int main(void) {
    setvbuf(stdout, 0, _IOLBF, 0);
    signal(SIGPIPE, SIG_IGN);
    type_test("SOCK_DGRAM", SOCK_DGRAM);
    type_test("SOCK_SEQPACKET", SOCK_SEQPACKET);
    int sv[2];
    /* unix_create makes SOCK_RAW a SOCK_DGRAM */
    int r = socketpair(AF_UNIX, SOCK_RAW, 0, sv);
    int t = 0;
    socklen_t tl = sizeof t;
    getsockopt(sv[0], SOL_SOCKET, SO_TYPE, &t, &tl);
    printf("SOCK_RAW pair -> %d, SO_TYPE %d\n", r, t);
    close(sv[0]);
    close(sv[1]);
    r = socketpair(AF_UNIX, SOCK_DGRAM, 0, sv);
    /* the longest message is the send buffer less 32 bytes; a big one arrives whole */
    int sndbuf = 0;
    tl = sizeof sndbuf;
    getsockopt(sv[0], SOL_SOCKET, SO_SNDBUF, &sndbuf, &tl);
    static char big[1 << 18], got[1 << 18];
    for (int i = 0; i < (int)sizeof big; i++) big[i] = (char)(i * 7);
    errno = 0;
    ssize_t n = send(sv[0], big, sndbuf - 32, 0);
    printf("a message of SO_SNDBUF - 32 bytes -> %s\n", n == sndbuf - 32 ? "sent" : strerror(errno));
    n = recv(sv[1], got, sizeof got, 0);
    printf("  received %s\n", n == sndbuf - 32 && memcmp(big, got, n) == 0 ? "whole" : "damaged");
    n = send(sv[0], big, sndbuf - 31, 0);
    printf("one byte more -> %s\n", n < 0 ? strerror(errno) : "sent");
    /* a full queue: EAGAIN when non-blocking; a blocked sender goes on once the reader drains it */
    int queued = 0;
    while (send(sv[0], big, 1000, MSG_DONTWAIT) == 1000) queued++;
    printf("queue full after some messages: %s, errno %s\n", queued > 10 ? "yes" : "no", strerror(errno));
    pid_t p = fork();
    if (p == 0) {
        for (int i = 0; i < 50; i++) {
            if (send(sv[0], big, 1000, 0) != 1000) _exit(1);
        }
        _exit(0);
    }
    usleep(100000);
    int drained = 0;
    while (drained < queued + 50 && recv(sv[1], got, sizeof got, 0) == 1000) drained++;
    int st;
    waitpid(p, &st, 0);
    printf("drained %s, the blocked sender finished with %d\n", drained == queued + 50 ? "all" : "not all", WEXITSTATUS(st));
    /* FIONREAD: the next message's length */
    send(sv[0], "abc", 3, 0);
    send(sv[0], "defgh", 5, 0);
    int avail = 0;
    ioctl(sv[1], FIONREAD, &avail);
    printf("FIONREAD on SOCK_DGRAM -> %d\n", avail);
    close(sv[0]);
    close(sv[1]);
    socketpair(AF_UNIX, SOCK_SEQPACKET, 0, sv);
    send(sv[0], "abc", 3, 0);
    send(sv[0], "defgh", 5, 0);
    ioctl(sv[1], FIONREAD, &avail);
    printf("FIONREAD on SOCK_SEQPACKET -> %d\n", avail);
    return 0;
}
