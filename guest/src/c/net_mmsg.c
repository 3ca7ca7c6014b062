/* sendmmsg and recvmmsg: datagram batches over connected and unconnected loopback UDP sockets (msg_len, names, MSG_WAITFORONE, MSG_DONTWAIT, a stream socket, errors). */
#define _GNU_SOURCE
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <time.h>
#include <errno.h>
#include <fcntl.h>
#include <sys/socket.h>
#include <sys/uio.h>
#include <netinet/in.h>
#include <arpa/inet.h>
#include "corpus.h"

static void fill(struct mmsghdr *v, struct iovec *io, char bufs[][32], int n) {
    memset(v, 0, sizeof(*v) * n);
    for (int i = 0; i < n; i++) {
        io[i].iov_base = bufs[i];
        io[i].iov_len = 32;
        v[i].msg_hdr.msg_iov = &io[i];
        v[i].msg_hdr.msg_iovlen = 1;
    }
}

int main(void) {
    setvbuf(stdout, NULL, _IOLBF, 0);
    /* Two loopback UDP sockets connected to each other (ring3 has no datagram socketpair). */
    int sv[2] = {socket(AF_INET, SOCK_DGRAM, 0), socket(AF_INET, SOCK_DGRAM, 0)};
    struct sockaddr_in s0 = {.sin_family = AF_INET, .sin_addr.s_addr = htonl(INADDR_LOOPBACK)}, s1 = s0;
    socklen_t sl = sizeof s0;
    bind(sv[0], (struct sockaddr *) &s0, sizeof s0);
    getsockname(sv[0], (struct sockaddr *) &s0, &sl);
    bind(sv[1], (struct sockaddr *) &s1, sizeof s1);
    getsockname(sv[1], (struct sockaddr *) &s1, &sl);
    connect(sv[0], (struct sockaddr *) &s1, sizeof s1);
    connect(sv[1], (struct sockaddr *) &s0, sizeof s0);
    const char *words[] = {"alpha", "be", "gamma-ray"};
    struct mmsghdr out[3];
    struct iovec oio[3];
    memset(out, 0, sizeof out);
    for (int i = 0; i < 3; i++) {
        oio[i].iov_base = (void *) words[i];
        oio[i].iov_len = strlen(words[i]);
        out[i].msg_hdr.msg_iov = &oio[i];
        out[i].msg_hdr.msg_iovlen = 1;
    }
    int n = sendmmsg(sv[0], out, 3, 0);
    printf("sendmmsg = %d, msg_len %u %u %u\n", n, out[0].msg_len, out[1].msg_len, out[2].msg_len);
    struct mmsghdr in[4];
    struct iovec iio[4];
    char bufs[4][32];
    fill(in, iio, bufs, 4);
    n = recvmmsg(sv[1], in, 4, MSG_DONTWAIT, NULL);
    printf("recvmmsg(DONTWAIT) = %d:", n);
    for (int i = 0; i < n; i++) {
        printf(" [%.*s %u]", (int) in[i].msg_len, bufs[i], in[i].msg_len);
    }
    printf("\n");
    n = recvmmsg(sv[1], in, 4, MSG_DONTWAIT, NULL);
    printf("recvmmsg empty = %d\n", n < 0 ? -errno : n);
    sendmmsg(sv[0], out, 2, 0);
    fill(in, iio, bufs, 4);
    n = recvmmsg(sv[1], in, 4, MSG_WAITFORONE, NULL);
    printf("recvmmsg(WAITFORONE) = %d\n", n);
    printf("sendmmsg vlen 0 = %d\n", sendmmsg(sv[0], out, 0, 0));
    printf("sendmmsg bad fd = %d\n", sendmmsg(99, out, 1, 0) < 0 ? -errno : 0);
    printf("sendmmsg on a file = %d\n", sendmmsg(1, out, 1, 0) < 0 ? -errno : 0);
    printf("recvmmsg bad fd = %d\n", recvmmsg(99, in, 1, 0, NULL) < 0 ? -errno : 0);

    /* Loopback UDP: each message to its own address, the sender's address on receipt. */
    int a = socket(AF_INET, SOCK_DGRAM, 0), b = socket(AF_INET, SOCK_DGRAM, 0), c = socket(AF_INET, SOCK_DGRAM, 0);
    struct sockaddr_in sb = {.sin_family = AF_INET, .sin_addr.s_addr = htonl(INADDR_LOOPBACK)}, sc = sb, got[4];
    socklen_t l = sizeof sb;
    bind(b, (struct sockaddr *) &sb, sizeof sb);
    getsockname(b, (struct sockaddr *) &sb, &l);
    bind(c, (struct sockaddr *) &sc, sizeof sc);
    getsockname(c, (struct sockaddr *) &sc, &l);
    out[0].msg_hdr.msg_name = &sb;
    out[0].msg_hdr.msg_namelen = sizeof sb;
    out[1].msg_hdr.msg_name = &sc;
    out[1].msg_hdr.msg_namelen = sizeof sc;
    out[2].msg_hdr.msg_name = &sb;
    out[2].msg_hdr.msg_namelen = sizeof sb;
    n = sendmmsg(a, out, 3, 0);
    printf("udp sendmmsg = %d\n", n);
    fill(in, iio, bufs, 4);
    for (int i = 0; i < 4; i++) {
        in[i].msg_hdr.msg_name = &got[i];
        in[i].msg_hdr.msg_namelen = sizeof got[i];
    }
    struct timespec to = {1, 0};
    n = recvmmsg(b, in, 4, MSG_WAITFORONE, &to);
    int m = n;
    if (n == 1) { /* the second may not have arrived yet */
        n = recvmmsg(b, in + 1, 3, 0, &to);
        m = 1 + n;
    }
    struct sockaddr_in me;
    l = sizeof me;
    getsockname(a, (struct sockaddr *) &me, &l);
    printf("udp at b: %d messages:", m);
    for (int i = 0; i < m; i++) {
        printf(" [%.*s from a %d namelen %u]", (int) in[i].msg_len, bufs[i], got[i].sin_port == me.sin_port,
               in[i].msg_hdr.msg_namelen);
    }
    printf("\n");
    fill(in, iio, bufs, 1);
    n = recvmmsg(c, in, 1, 0, NULL);
    printf("udp at c: %d [%.*s]\n", n, (int) in[0].msg_len, bufs[0]);

    /* A stream socket: msg_len is what each sendmsg took. */
    int st[2];
    socketpair(AF_UNIX, SOCK_STREAM, 0, st);
    memset(out, 0, sizeof out);
    for (int i = 0; i < 3; i++) {
        out[i].msg_hdr.msg_iov = &oio[i];
        out[i].msg_hdr.msg_iovlen = 1;
    }
    n = sendmmsg(st[0], out, 3, 0);
    char all[64] = {0};
    ssize_t r = read(st[1], all, sizeof all);
    printf("stream sendmmsg = %d, read %zd: %.*s\n", n, r, (int) r, all);
    close(st[1]);
    n = sendmmsg(st[0], out, 3, MSG_NOSIGNAL);
    printf("to a closed peer = %d\n", n < 0 ? -errno : n);
    printf("done\n");
    return 0;
}
