/* Open files passed over unix socketpairs (SCM_RIGHTS), stream, datagram and seqpacket: the
   receiver's new fd is the same open file description (it shares the offset), arrives with the
   first byte sent with it, across fork; a small control buffer gets MSG_CTRUNC and only what fits;
   MSG_CMSG_CLOEXEC; a read without a control buffer drops the files; bad fds are EBADF. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

static int send_fds(int s, const char *data, int *fds, int n) {
    char ctl[CMSG_SPACE(sizeof(int) * 8)] = {0};
    struct iovec iov = {(void *)data, strlen(data)};
    struct msghdr m = {0};
    m.msg_iov = &iov;
    m.msg_iovlen = 1;
    if (n > 0) {
        m.msg_control = ctl;
        m.msg_controllen = CMSG_SPACE(sizeof(int) * n);
        struct cmsghdr *c = CMSG_FIRSTHDR(&m);
        c->cmsg_level = SOL_SOCKET;
        c->cmsg_type = SCM_RIGHTS;
        c->cmsg_len = CMSG_LEN(sizeof(int) * n);
        memcpy(CMSG_DATA(c), fds, sizeof(int) * n);
    }
    return sendmsg(s, &m, 0) < 0 ? -errno : 0;
}

/* Receives into buf; returns the count, the fds in fds (up to *n, updated), and prints the flags. */
static int recv_fds(int s, char *buf, int cap, int *fds, int *n, size_t ctlcap, int flags) {
    char ctl[256];
    struct iovec iov = {buf, cap};
    struct msghdr m = {0};
    m.msg_iov = &iov;
    m.msg_iovlen = 1;
    m.msg_control = ctlcap ? ctl : 0;
    m.msg_controllen = ctlcap;
    int r = recvmsg(s, &m, flags);
    int got = 0;
    for (struct cmsghdr *c = ctlcap ? CMSG_FIRSTHDR(&m) : 0; c; c = CMSG_NXTHDR(&m, c)) {
        if (c->cmsg_level == SOL_SOCKET && c->cmsg_type == SCM_RIGHTS) {
            int k = (c->cmsg_len - CMSG_LEN(0)) / sizeof(int);
            memcpy(fds + got, CMSG_DATA(c), k * sizeof(int));
            got += k;
        }
    }
    *n = got;
    printf("  recvmsg -> %d \"%.*s\", %d fds, controllen %zu%s\n", r, r > 0 ? r : 0, buf, got, (size_t)m.msg_controllen,
           m.msg_flags & MSG_CTRUNC ? " MSG_CTRUNC" : "");
    return r;
}

static char path[] = "/tmp/ring3-scm-rights-XXXXXX";

static void kind(const char *name, int type) {
    printf("%s:\n", name);
    int sv[2];
    socketpair(AF_UNIX, type, 0, sv);
    int file = open(path, O_RDWR);
    lseek(file, 3, SEEK_SET);
    int pp[2];
    pipe(pp);
    int fds[2] = {file, pp[1]};
    printf("  sendmsg with 2 fds: %d\n", send_fds(sv[0], "files", fds, 2));
    close(pp[1]);
    char buf[64];
    int got[8], n = 8;
    recv_fds(sv[1], buf, sizeof buf, got, &n, 256, 0);
    if (n == 2) {
        char c[4] = {0};
        read(got[0], c, 3); /* from offset 3: the same open file description */
        printf("  the file read from the shared offset: \"%s\", the sender's offset now %ld\n", c, (long)lseek(file, 0, SEEK_CUR));
        write(got[1], "via the passed pipe end", 23);
        close(got[1]);
        char pb[64] = {0};
        read(pp[0], pb, sizeof pb - 1);
        printf("  the pipe: \"%s\"\n", pb);
        printf("  FD_CLOEXEC on the new fd: %d\n", fcntl(got[0], F_GETFD));
        close(got[0]);
    }
    /* across fork: the child sends its own open of the file */
    pid_t p = fork();
    if (p == 0) {
        int f = open(path, O_RDONLY);
        lseek(f, 10, SEEK_SET);
        _exit(send_fds(sv[0], "from the child", &f, 1) == 0 ? 0 : 1);
    }
    waitpid(p, 0, 0);
    recv_fds(sv[1], buf, sizeof buf, got, &n, 256, MSG_CMSG_CLOEXEC);
    if (n == 1) {
        printf("  its offset %ld, FD_CLOEXEC %d\n", (long)lseek(got[0], 0, SEEK_CUR), fcntl(got[0], F_GETFD));
        close(got[0]);
    }
    /* a control buffer with room for one of three */
    int three[3] = {file, file, file};
    send_fds(sv[0], "three", three, 3);
    recv_fds(sv[1], buf, sizeof buf, got, &n, CMSG_SPACE(sizeof(int)), 0);
    for (int i = 0; i < n; i++) close(got[i]);
    /* no control buffer: the files are dropped */
    send_fds(sv[0], "dropped", &file, 1);
    recv_fds(sv[1], buf, sizeof buf, got, &n, 0, 0);
    /* a bad fd */
    int bad = 99;
    printf("  sendmsg with fd 99: %s\n", strerror(-send_fds(sv[0], "bad", &bad, 1)));
    close(file);
    close(sv[0]);
    close(sv[1]);
}

int main(void) {
    setvbuf(stdout, 0, _IOLBF, 0);
    int f = mkstemp(path);
    write(f, "0123456789abcdefghij", 20);
    close(f);
    kind("SOCK_STREAM", SOCK_STREAM);
    kind("SOCK_DGRAM", SOCK_DGRAM);
    kind("SOCK_SEQPACKET", SOCK_SEQPACKET);
    /* stream: files arrive with the first byte sent with them; a read stops before them */
    int sv[2];
    socketpair(AF_UNIX, SOCK_STREAM, 0, sv);
    send(sv[0], "plain ", 6, 0);
    int fd = open(path, O_RDONLY);
    send_fds(sv[0], "with", &fd, 1);
    char buf[64];
    int got[8], n;
    printf("SOCK_STREAM boundaries:\n");
    recv_fds(sv[1], buf, sizeof buf, got, &n, 256, 0); /* one read takes the data before and the files */
    unlink(path);
    return 0;
}
