/* Loopback traffic in one process: TCP echo over 127.0.0.1 and ::1 (non-blocking connect, poll, accept),
   UDP sendto/recvfrom, a unix socketpair, a unix stream server on a path and on an abstract name. */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/select.h>
#include <sys/socket.h>
#include <sys/uio.h>
#include <sys/un.h>
#include <unistd.h>

static void die(const char *what) {
    printf("FAIL %s: errno %d\n", what, errno);
    exit(1);
}

static void wait_for(int fd, short ev) {
    struct pollfd p = {fd, ev, 0};
    if (poll(&p, 1, 5000) != 1) die("poll");
}

static void echo_pair(int client, int server_conn, const char *tag) {
    char big[200000];
    for (size_t i = 0; i < sizeof big; i++) big[i] = (char) (i * 7);
    /* write a large block from one thread of control: interleave sends and receives */
    size_t sent = 0, got = 0;
    char in[200000];
    int fl = fcntl(client, F_GETFL);
    fcntl(client, F_SETFL, fl | O_NONBLOCK);
    while (got < sizeof big) {
        if (sent < sizeof big) {
            ssize_t n = send(client, big + sent, sizeof big - sent, 0);
            if (n > 0) sent += n;
            else if (errno != EAGAIN) die("send");
        }
        ssize_t r = recv(server_conn, in + got, sizeof in - got, MSG_DONTWAIT);
        if (r > 0) got += r;
        else if (r == 0) die("early eof");
        else if (errno != EAGAIN) die("recv");
        else {
            struct pollfd p[2] = {{server_conn, POLLIN, 0}, {client, POLLOUT, 0}};
            poll(p, sent < sizeof big ? 2 : 1, 1000);
        }
    }
    fcntl(client, F_SETFL, fl);
    printf("%s: moved %zu bytes, intact %d\n", tag, got, memcmp(big, in, sizeof big) == 0);
    /* echo back with writev/readv and sendmsg/recvmsg */
    struct iovec iov[2] = {{"hel", 3}, {"lo", 2}};
    struct msghdr m = {0};
    m.msg_iov = iov;
    m.msg_iovlen = 2;
    printf("%s: sendmsg %zd\n", tag, sendmsg(server_conn, &m, 0));
    char a[3] = {0}, b[8] = {0};
    struct iovec rio[2] = {{a, 2}, {b, 7}};
    struct msghdr rm = {0};
    rm.msg_iov = rio;
    rm.msg_iovlen = 2;
    wait_for(client, POLLIN);
    ssize_t n = recvmsg(client, &rm, 0);
    printf("%s: recvmsg %zd '%s' '%s' flags %d controllen %zu\n", tag, n, a, b, rm.msg_flags, rm.msg_controllen);
    shutdown(client, SHUT_WR);
    char c;
    printf("%s: read after peer shutdown %zd\n", tag, read(server_conn, &c, 1));
    close(client);
    close(server_conn);
}

static void tcp(int family) {
    const char *tag = family == AF_INET ? "tcp4" : "tcp6";
    int ls = socket(family, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (ls < 0) die("socket");
    int on = 1;
    setsockopt(ls, SOL_SOCKET, SO_REUSEADDR, &on, sizeof on);
    struct sockaddr_storage ss = {0};
    socklen_t len;
    if (family == AF_INET) {
        struct sockaddr_in *a = (struct sockaddr_in *) &ss;
        a->sin_family = AF_INET;
        a->sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        len = sizeof *a;
    } else {
        struct sockaddr_in6 *a = (struct sockaddr_in6 *) &ss;
        a->sin6_family = AF_INET6;
        a->sin6_addr = in6addr_loopback;
        len = sizeof *a;
    }
    if (bind(ls, (struct sockaddr *) &ss, len) < 0) die("bind");
    if (listen(ls, 8) < 0) die("listen");
    socklen_t l2 = sizeof ss;
    getsockname(ls, (struct sockaddr *) &ss, &l2);
    printf("%s: bound len %d family ok %d\n", tag, l2, ss.ss_family == family);
    int c = socket(family, SOCK_STREAM | SOCK_NONBLOCK, 0);
    int r = connect(c, (struct sockaddr *) &ss, l2);
    printf("%s: connect %s\n", tag, r == 0 ? "done" : errno == EINPROGRESS ? "in progress" : "failed");
    fd_set rs;
    FD_ZERO(&rs);
    FD_SET(ls, &rs);
    struct timeval tv = {5, 0};
    printf("%s: select on listener %d\n", tag, select(ls + 1, &rs, NULL, NULL, &tv));
    struct sockaddr_storage peer;
    socklen_t pl = sizeof peer;
    int s = accept4(ls, (struct sockaddr *) &peer, &pl, 0);
    if (s < 0) die("accept");
    wait_for(c, POLLOUT);
    int err = -1;
    socklen_t el = sizeof err;
    getsockopt(c, SOL_SOCKET, SO_ERROR, &err, &el);
    struct sockaddr_storage cn;
    socklen_t cl = sizeof cn;
    getsockname(c, (struct sockaddr *) &cn, &cl);
    int same = family == AF_INET
            ? ((struct sockaddr_in *) &cn)->sin_port == ((struct sockaddr_in *) &peer)->sin_port
            : ((struct sockaddr_in6 *) &cn)->sin6_port == ((struct sockaddr_in6 *) &peer)->sin6_port;
    printf("%s: accepted, peer len %d, so_error %d, peer port matches client %d\n", tag, pl, err, same);
    int nd = 1;
    setsockopt(c, IPPROTO_TCP, TCP_NODELAY, &nd, sizeof nd);
    fcntl(c, F_SETFL, fcntl(c, F_GETFL) & ~O_NONBLOCK);
    echo_pair(c, s, tag);
    close(ls);
}

static void udp(void) {
    int a = socket(AF_INET, SOCK_DGRAM, 0), b = socket(AF_INET, SOCK_DGRAM, 0);
    struct sockaddr_in sa = {0};
    sa.sin_family = AF_INET;
    sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (bind(b, (struct sockaddr *) &sa, sizeof sa) < 0) die("udp bind");
    socklen_t l = sizeof sa;
    getsockname(b, (struct sockaddr *) &sa, &l);
    printf("udp: sendto %zd\n", sendto(a, "datagram one", 12, 0, (struct sockaddr *) &sa, sizeof sa));
    printf("udp: sendto %zd\n", sendto(a, "two", 3, 0, (struct sockaddr *) &sa, sizeof sa));
    char buf[64] = {0};
    struct sockaddr_in from;
    socklen_t fl = sizeof from;
    wait_for(b, POLLIN);
    printf("udp: peek %zd\n", recv(b, buf, 4, MSG_PEEK));
    ssize_t n = recvfrom(b, buf, 8, 0, (struct sockaddr *) &from, &fl);
    struct sockaddr_in an;
    socklen_t al = sizeof an;
    getsockname(a, (struct sockaddr *) &an, &al);
    printf("udp: recvfrom %zd '%.8s' from len %d same port %d\n", n, buf, fl, from.sin_port == an.sin_port);
    wait_for(b, POLLIN);
    memset(buf, 0, sizeof buf);
    printf("udp: recv MSG_TRUNC %zd\n", recv(b, buf, 1, MSG_TRUNC));
    connect(a, (struct sockaddr *) &sa, sizeof sa);
    printf("udp: send connected %zd\n", send(a, "three", 5, 0));
    wait_for(b, POLLIN);
    printf("udp: read %zd\n", read(b, buf, sizeof buf));
    n = recv(b, buf, 1, MSG_DONTWAIT);
    printf("udp: recv empty %zd errno %s\n", n, errno == EAGAIN ? "EAGAIN" : "?");
    close(a);
    close(b);
}

static void pair(void) {
    int sv[2];
    if (socketpair(AF_UNIX, SOCK_STREAM, 0, sv) < 0) die("socketpair");
    printf("pair: write %zd\n", write(sv[0], "ping", 4));
    char buf[16] = {0};
    printf("pair: read %zd '%s'\n", read(sv[1], buf, sizeof buf), buf);
    printf("pair: write back %zd\n", write(sv[1], "pong!", 5));
    memset(buf, 0, sizeof buf);
    printf("pair: recv %zd '%s'\n", recv(sv[0], buf, sizeof buf, 0), buf);
    struct sockaddr_un u;
    socklen_t ul = sizeof u;
    getsockname(sv[0], (struct sockaddr *) &u, &ul);
    printf("pair: sockname len %d family %d\n", ul, u.sun_family);
    int ty;
    socklen_t tl = sizeof ty;
    getsockopt(sv[0], SOL_SOCKET, SO_TYPE, &ty, &tl);
    printf("pair: type %d\n", ty);
    close(sv[1]);
    struct pollfd p = {sv[0], POLLIN | POLLOUT, 0};
    poll(&p, 1, 0);
    printf("pair: revents after peer close 0x%x\n", p.revents);
    printf("pair: read at eof %zd\n", read(sv[0], buf, sizeof buf));
    ssize_t n = send(sv[0], "x", 1, MSG_NOSIGNAL);
    printf("pair: send to closed peer %zd %s\n", n, errno == EPIPE ? "EPIPE" : "?");
    close(sv[0]);
}

static void unix_stream(const char *path, int abstract) {
    const char *tag = abstract ? "unix-abstract" : "unix-path";
    struct sockaddr_un a = {0};
    a.sun_family = AF_UNIX;
    socklen_t len;
    if (abstract) {
        memcpy(a.sun_path + 1, path, strlen(path));
        len = 2 + 1 + strlen(path);
    } else {
        strcpy(a.sun_path, path);
        unlink(path);
        len = sizeof a;
    }
    int ls = socket(AF_UNIX, SOCK_STREAM, 0);
    if (bind(ls, (struct sockaddr *) &a, len) < 0) die("unix bind");
    if (listen(ls, 4) < 0) die("unix listen");
    struct sockaddr_un got;
    socklen_t gl = sizeof got;
    getsockname(ls, (struct sockaddr *) &got, &gl);
    printf("%s: sockname len %d (expected %d) same %d\n", tag, gl,
           abstract ? (int) len : (int) (2 + strlen(path) + 1),
           abstract ? memcmp(got.sun_path, a.sun_path, len - 2) == 0 : strcmp(got.sun_path, path) == 0);
    int c = socket(AF_UNIX, SOCK_STREAM, 0);
    if (connect(c, (struct sockaddr *) &a, len) < 0) die("unix connect");
    struct sockaddr_un peer;
    socklen_t pl = sizeof peer;
    int s = accept(ls, (struct sockaddr *) &peer, &pl);
    printf("%s: accepted peer len %d\n", tag, pl);
    int again = socket(AF_UNIX, SOCK_STREAM, 0);
    int r = bind(again, (struct sockaddr *) &a, len);
    printf("%s: bind in use %d %s\n", tag, r, errno == EADDRINUSE ? "EADDRINUSE" : "?");
    close(again);
    echo_pair(c, s, tag);
    close(ls);
    if (!abstract) unlink(path);
}

int main(int argc, char **argv) {
    setvbuf(stdout, NULL, _IONBF, 0);
    tcp(AF_INET);
    tcp(AF_INET6);
    udp();
    pair();
    char path[200];
    snprintf(path, sizeof path, "%s/sock", argc > 1 ? argv[1] : "/tmp");
    unix_stream(path, 0);
    char name[64];
    snprintf(name, sizeof name, "ring3-test-%010d", (int) getpid());
    unix_stream(name, 1);
    printf("done\n");
    return 0;
}
