/* Socket errno cases and readiness bits: the output must match a native run line for line. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>
#include <arpa/inet.h>

static const char *ename(int e) {
    switch (e) {
#define E(x) case x: return #x;
    E(EPERM) E(ENOENT) E(EBADF) E(EAGAIN) E(EACCES) E(EFAULT) E(EINVAL) E(EPIPE) E(ENOTSOCK)
    E(EDESTADDRREQ) E(EPROTOTYPE) E(ENOPROTOOPT) E(EPROTONOSUPPORT) E(ESOCKTNOSUPPORT) E(EOPNOTSUPP)
    E(EAFNOSUPPORT) E(EADDRINUSE) E(EADDRNOTAVAIL) E(ENETUNREACH) E(ECONNRESET) E(EISCONN) E(ENOTCONN)
    E(ECONNREFUSED) E(EALREADY) E(EINPROGRESS) E(EMSGSIZE)
#undef E
    default: return "E?";
    }
}

static void show(const char *what, long r) {
    if (r < 0) printf("%s = -1 %s\n", what, ename(errno));
    else printf("%s = %s\n", what, r > 2 ? "fd" : (r == 0 ? "0" : (r == 1 ? "1" : "2")));
}

static int revents(int fd, short events) {
    struct pollfd p = {fd, events, 0};
    poll(&p, 1, 0);
    return p.revents;
}

int main(void) {
    show("socket(AF_INET, SOCK_STREAM|bogus)", socket(AF_INET, SOCK_STREAM | 0x4000000, 0));
    show("socket(12345, SOCK_STREAM)", socket(12345, SOCK_STREAM, 0));
    show("socket(AF_INET, SOCK_STREAM, IPPROTO_UDP)", socket(AF_INET, SOCK_STREAM, IPPROTO_UDP));
    show("socket(AF_INET, SOCK_DGRAM, IPPROTO_TCP)", socket(AF_INET, SOCK_DGRAM, IPPROTO_TCP));
    show("socket(AF_INET, SOCK_SEQPACKET)", socket(AF_INET, SOCK_SEQPACKET, 0));
    show("socket(AF_INET, 9)", socket(AF_INET, 9, 0));
    show("socket(AF_UNIX, SOCK_STREAM, 7)", socket(AF_UNIX, SOCK_STREAM, 7));

    int s = socket(AF_INET, SOCK_STREAM, 0);
    show("socket(AF_INET, SOCK_STREAM)", s);
    printf("fresh tcp revents 0x%x\n", revents(s, POLLIN | POLLOUT));
    char buf[16];
    show("recv on unconnected tcp", recv(s, buf, sizeof buf, MSG_DONTWAIT));
    show("send on unconnected tcp", send(s, "x", 1, MSG_NOSIGNAL));
    struct sockaddr_in a = {0};
    socklen_t len = sizeof a;
    show("getpeername unconnected", getpeername(s, (struct sockaddr *) &a, &len));
    len = sizeof a;
    show("getsockname unbound", getsockname(s, (struct sockaddr *) &a, &len));
    printf("  family %d port %d addr %s len %d\n", a.sin_family, ntohs(a.sin_port), inet_ntoa(a.sin_addr), len);
    show("accept on non-listening", accept(s, NULL, NULL));
    /* shutdown of an unconnected socket fails but still marks it shut (inet_shutdown): use another */
    int z = socket(AF_INET, SOCK_STREAM, 0);
    show("shutdown unconnected", shutdown(z, SHUT_RDWR));
    close(z);
    a.sin_family = AF_INET;
    a.sin_port = 0;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    show("connect short addrlen", connect(s, (struct sockaddr *) &a, 8));
    struct sockaddr_in6 six = {0};
    six.sin6_family = AF_INET6;
    show("connect wrong family", connect(s, (struct sockaddr *) &six, sizeof six));
    show("bind 127.0.0.1:0", bind(s, (struct sockaddr *) &a, sizeof a));
    show("bind again", bind(s, (struct sockaddr *) &a, sizeof a));
    show("listen", listen(s, 4));
    len = sizeof a;
    getsockname(s, (struct sockaddr *) &a, &len);
    printf("listening revents 0x%x\n", revents(s, POLLIN | POLLOUT));
    int ty = 0;
    socklen_t tl = sizeof ty;
    show("getsockopt SO_TYPE", getsockopt(s, SOL_SOCKET, SO_TYPE, &ty, &tl));
    printf("  type %d len %d\n", ty, tl);
    int on = 1;
    show("setsockopt SO_REUSEADDR", setsockopt(s, SOL_SOCKET, SO_REUSEADDR, &on, sizeof on));
    tl = sizeof ty;
    getsockopt(s, SOL_SOCKET, SO_REUSEADDR, &ty, &tl);
    printf("  reuseaddr %d\n", ty);
    tl = sizeof ty;
    getsockopt(s, SOL_SOCKET, SO_ACCEPTCONN, &ty, &tl);
    printf("  acceptconn %d\n", ty);
    show("setsockopt bogus", setsockopt(s, SOL_SOCKET, 9999, &on, sizeof on));
    show("setsockopt short", setsockopt(s, SOL_SOCKET, SO_REUSEADDR, &on, 2));
    show("connect on listening", connect(s, (struct sockaddr *) &a, sizeof a));

    int t = socket(AF_INET, SOCK_STREAM, 0);
    show("bind in use", bind(t, (struct sockaddr *) &a, sizeof a));
    int u = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
    int fl = fcntl(s, F_GETFL);
    fcntl(s, F_SETFL, fl | O_NONBLOCK);
    show("accept none pending (O_NONBLOCK)", accept(s, NULL, NULL));
    long r = connect(u, (struct sockaddr *) &a, sizeof a);
    show("nonblocking connect", r == 0 ? 0 : (errno == EINPROGRESS ? -9 : r));
    struct pollfd pf = {u, POLLOUT, 0};
    poll(&pf, 1, 5000);
    printf("connected revents 0x%x\n", pf.revents);
    int err = -1;
    tl = sizeof err;
    getsockopt(u, SOL_SOCKET, SO_ERROR, &err, &tl);
    printf("  so_error %d\n", err);
    show("connect again", connect(u, (struct sockaddr *) &a, sizeof a));
    show("connect a third time", connect(u, (struct sockaddr *) &a, sizeof a));
    int c = accept4(s, NULL, NULL, SOCK_CLOEXEC);
    show("accept4", c);
    printf("  cloexec %d\n", fcntl(c, F_GETFD));
    printf("accepted revents 0x%x\n", revents(c, POLLIN | POLLOUT));
    show("send", send(u, "ab", 2, 0));
    pf.fd = c; pf.events = POLLIN;
    poll(&pf, 1, 5000);
    show("recv MSG_PEEK", recv(c, buf, sizeof buf, MSG_PEEK));
    show("recv", recv(c, buf, sizeof buf, 0));
    show("recv empty nonblocking", recv(c, buf, sizeof buf, MSG_DONTWAIT));
    show("shutdown(SHUT_WR)", shutdown(u, SHUT_WR));
    poll(&pf, 1, 5000);
    printf("after peer SHUT_WR revents 0x%x\n", revents(c, POLLIN | POLLOUT));
    show("recv at eof", recv(c, buf, sizeof buf, 0));
    show("send after SHUT_WR", send(u, "x", 1, MSG_NOSIGNAL));
    int nd = 1;
    show("setsockopt TCP_NODELAY", setsockopt(u, IPPROTO_TCP, TCP_NODELAY, &nd, sizeof nd));
    nd = 0; tl = sizeof nd;
    getsockopt(u, IPPROTO_TCP, TCP_NODELAY, &nd, &tl);
    printf("  nodelay %d\n", nd);
    close(u);
    close(c);

    /* refused */
    int v = socket(AF_INET, SOCK_STREAM, 0);
    struct sockaddr_in dead = a;
    close(s);
    show("connect refused", connect(v, (struct sockaddr *) &dead, sizeof dead));
    close(v);
    v = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
    r = connect(v, (struct sockaddr *) &dead, sizeof dead);
    show("nonblocking connect refused", r == 0 ? 0 : (errno == EINPROGRESS ? -9 : r));
    pf.fd = v; pf.events = POLLOUT;
    poll(&pf, 1, 5000);
    printf("refused revents 0x%x\n", pf.revents);
    err = -1; tl = sizeof err;
    getsockopt(v, SOL_SOCKET, SO_ERROR, &err, &tl);
    printf("  so_error %s\n", ename(err));
    err = -1; tl = sizeof err;
    getsockopt(v, SOL_SOCKET, SO_ERROR, &err, &tl);
    printf("  so_error again %d\n", err);

    /* udp */
    int d = socket(AF_INET, SOCK_DGRAM, 0);
    printf("fresh udp revents 0x%x\n", revents(d, POLLIN | POLLOUT));
    show("listen udp", listen(d, 1));
    show("accept udp", accept(d, NULL, NULL));
    show("send unconnected udp", send(d, "x", 1, 0));
    show("recv empty udp nonblocking", recv(d, buf, sizeof buf, MSG_DONTWAIT));
    tl = sizeof ty;
    getsockopt(d, SOL_SOCKET, SO_TYPE, &ty, &tl);
    printf("  udp type %d\n", ty);

    /* unix */
    struct sockaddr_un un = {0};
    un.sun_family = AF_UNIX;
    strcpy(un.sun_path, "/nonexistent-ring3/sock");
    int x = socket(AF_UNIX, SOCK_STREAM, 0);
    show("connect unix missing", connect(x, (struct sockaddr *) &un, sizeof un));
    show("bind unix missing dir", bind(x, (struct sockaddr *) &un, sizeof un));
    show("socketpair(AF_INET)", socketpair(AF_INET, SOCK_STREAM, 0, (int[2]){0}));
    show("fstat type", 0);
    show("read on socket fd 99", recv(99, buf, 1, 0));
    show("recv on non-socket", recv(1, buf, 1, 0));
    return 0;
}
