/* Memory policies on one node (get_mempolicy, set_mempolicy, mbind and their checks), capabilities (capget's version handshake, capset only downwards, inherited by fork), the old getdents against getdents64, readahead and sync_file_range. */
#define _GNU_SOURCE
#include <stdio.h>
#include <string.h>
#include <stdlib.h>
#include <unistd.h>
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include "corpus.h"

/* linux/capability.h (musl's include path has no linux/ headers). */
#define _LINUX_CAPABILITY_VERSION_3 0x20080522
#define CAP_NET_RAW 13
#define CAP_SYS_ADMIN 21
struct __user_cap_header_struct {
    uint32_t version;
    int pid;
};
struct __user_cap_data_struct {
    uint32_t effective, permitted, inheritable;
};

static long R(long x) {
    return x < 0 ? -errno : x;
}

struct old_dirent {
    unsigned long d_ino, d_off;
    unsigned short d_reclen;
    char d_name[];
};

int main(void) {
    setvbuf(stdout, NULL, _IOLBF, 0);
    int mode = -1;
    unsigned long mask[16];
    long r;

    memset(mask, 0xff, sizeof mask);
    r = R(syscall(SYS_get_mempolicy, &mode, mask, 1024, 0, 0));
    printf("get_mempolicy = %ld, mode %d, mask %lx %lx\n", r, mode, mask[0], mask[15]);
    memset(mask, 0xff, sizeof mask);
    r = R(syscall(SYS_get_mempolicy, NULL, mask, 65, 0, 0));
    printf("get_mempolicy maxnode 65 = %ld: first word %lx, second untouched %d\n", r, mask[0], mask[1] == ~0UL);
    memset(mask, 0, sizeof mask);
    r = R(syscall(SYS_get_mempolicy, NULL, mask, 1024, 0, 4));
    printf("get_mempolicy MPOL_F_MEMS_ALLOWED = %ld, mask %lx\n", r, mask[0]);
    mode = -1;
    r = R(syscall(SYS_get_mempolicy, &mode, NULL, 0, (long) &mode, 3));
    printf("get_mempolicy MPOL_F_NODE|MPOL_F_ADDR = %ld, node %d\n", r, mode);
    printf("get_mempolicy MPOL_F_NODE alone = %ld\n", R(syscall(SYS_get_mempolicy, &mode, NULL, 0, 0, 1)));
    printf("get_mempolicy maxnode 0 with a mask = %ld\n", R(syscall(SYS_get_mempolicy, &mode, mask, 0, 0, 0)));
    printf("get_mempolicy bad flags = %ld\n", R(syscall(SYS_get_mempolicy, &mode, NULL, 0, 0, 8)));
    printf("get_mempolicy MPOL_F_ADDR at 0 = %ld\n", R(syscall(SYS_get_mempolicy, &mode, NULL, 0, 0, 2)));
    printf("get_mempolicy MEMS_ALLOWED|ADDR = %ld\n", R(syscall(SYS_get_mempolicy, &mode, NULL, 0, (long) &mode, 6)));
    unsigned long one = 1, two = 2, none = 0;
    printf("set_mempolicy(MPOL_BIND, node 0) = %ld\n", R(syscall(SYS_set_mempolicy, 2, &one, 64)));
    mode = -1;
    memset(mask, 0, sizeof mask);
    r = R(syscall(SYS_get_mempolicy, &mode, mask, 1024, 0, 0));
    printf("get_mempolicy after = %ld, mode %d, mask %lx\n", r, mode, mask[0]);
    pid_t c = fork();
    if (c == 0) {
        mode = -1;
        syscall(SYS_get_mempolicy, &mode, NULL, 0, 0, 0);
        printf("child inherits mode %d\n", mode);
        fflush(stdout);
        _exit(0);
    }
    waitpid(c, NULL, 0);
    printf("set_mempolicy(MPOL_INTERLEAVE, node 0) = %ld\n", R(syscall(SYS_set_mempolicy, 3, &one, 64)));
    mode = -1;
    r = R(syscall(SYS_get_mempolicy, &mode, NULL, 0, 0, 1));
    printf("get_mempolicy MPOL_F_NODE under interleave = %ld, node %d\n", r, mode);
    printf("set_mempolicy(MPOL_BIND, node 1 only) = %ld\n", R(syscall(SYS_set_mempolicy, 2, &two, 64)));
    printf("set_mempolicy(MPOL_BIND, no node) = %ld\n", R(syscall(SYS_set_mempolicy, 2, &none, 64)));
    printf("set_mempolicy(MPOL_DEFAULT, node 0) = %ld\n", R(syscall(SYS_set_mempolicy, 0, &one, 64)));
    printf("set_mempolicy(99) = %ld\n", R(syscall(SYS_set_mempolicy, 99, NULL, 0)));
    printf("set_mempolicy(MPOL_PREFERRED, no node) = %ld\n", R(syscall(SYS_set_mempolicy, 1, NULL, 0)));
    mode = -1;
    syscall(SYS_get_mempolicy, &mode, NULL, 0, 0, 0);
    printf("  mode now %d (local)\n", mode);
    printf("set_mempolicy(MPOL_LOCAL, node 0) = %ld\n", R(syscall(SYS_set_mempolicy, 4, &one, 64)));
    printf("set_mempolicy(MPOL_DEFAULT) = %ld\n", R(syscall(SYS_set_mempolicy, 0, NULL, 0)));
    char *m = mmap(NULL, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    printf("mbind(MPOL_BIND, node 0) = %ld\n", R(syscall(SYS_mbind, m, 8192, 2, &one, 64, 0)));
    printf("mbind(unaligned) = %ld\n", R(syscall(SYS_mbind, m + 1, 8192, 2, &one, 64, 0)));
    printf("mbind(no node) = %ld\n", R(syscall(SYS_mbind, m, 8192, 2, &none, 64, 0)));
    munmap(m, 8192);
    printf("mbind(unmapped) = %ld\n", R(syscall(SYS_mbind, m, 8192, 0, NULL, 0, 0)));

    /* Capabilities */
    struct __user_cap_header_struct h = {0, 0};
    struct __user_cap_data_struct d[2];
    r = R(syscall(SYS_capget, &h, d));
    printf("capget(version 0) = %ld, the kernel's version %#x\n", r, h.version);
    h.version = 0;
    r = R(syscall(SYS_capget, &h, NULL));
    printf("capget(version 0, NULL) = %ld, version %#x\n", r, h.version);
    h.version = _LINUX_CAPABILITY_VERSION_3;
    h.pid = 0;
    memset(d, 0, sizeof d);
    r = R(syscall(SYS_capget, &h, d));
    printf("capget = %ld, effective %08x%08x, permitted %08x%08x, inheritable %08x%08x\n", r, d[1].effective,
           d[0].effective, d[1].permitted, d[0].permitted, d[1].inheritable, d[0].inheritable);
    int full = d[0].permitted & (1 << CAP_SYS_ADMIN);
    struct __user_cap_data_struct low[2];
    memcpy(low, d, sizeof d);
    low[0].effective &= ~(1u << CAP_NET_RAW);
    r = R(syscall(SYS_capset, &h, low));
    printf("capset(drop CAP_NET_RAW from effective) = %ld\n", r);
    memset(d, 0, sizeof d);
    syscall(SYS_capget, &h, d);
    printf("  effective has CAP_NET_RAW %d, permitted %d\n", !!(d[0].effective & (1u << CAP_NET_RAW)),
           !!(d[0].permitted & (1u << CAP_NET_RAW)));
    low[0].effective |= 1u << CAP_NET_RAW;
    printf("capset(raise it again) = %ld\n", R(syscall(SYS_capset, &h, low)));
    low[0].permitted &= ~(1u << CAP_NET_RAW);
    low[0].effective &= ~(1u << CAP_NET_RAW);
    printf("capset(drop it from permitted) = %ld\n", R(syscall(SYS_capset, &h, low)));
    low[0].permitted |= 1u << CAP_NET_RAW;
    printf("capset(raise permitted again) = %ld (EPERM if it was there: %d)\n", R(syscall(SYS_capset, &h, low)), !!full);
    c = fork();
    if (c == 0) {
        memset(d, 0, sizeof d);
        syscall(SYS_capget, &h, d);
        printf("child: permitted has CAP_NET_RAW %d\n", !!(d[0].permitted & (1u << CAP_NET_RAW)));
        fflush(stdout);
        _exit(0);
    }
    waitpid(c, NULL, 0);
    h.pid = 999999;
    printf("capget(no such pid) = %ld\n", R(syscall(SYS_capget, &h, d)));

    /* getdents against getdents64 */
    char b1[32768], b2[32768];
    int fd = open("/etc", O_RDONLY | O_DIRECTORY);
    long n1 = R(syscall(SYS_getdents, fd, b1, sizeof b1));
    lseek(fd, 0, SEEK_SET);
    long n2 = R(syscall(SYS_getdents64, fd, b2, sizeof b2));
    int same = n1 == n2 && n1 > 0, entries = 0;
    for (long i = 0, k = 0; same && i < n1; entries++) {
        struct old_dirent *o = (struct old_dirent *) (b1 + i);
        struct { unsigned long ino; long off; unsigned short reclen; unsigned char type; char name[]; } *n =
            (void *) (b2 + k);
        same = o->d_ino == n->ino && o->d_reclen == n->reclen && strcmp(o->d_name, n->name) == 0
               && b1[i + o->d_reclen - 1] == (char) n->type;
        i += o->d_reclen;
        k += n->reclen;
    }
    printf("getdents and getdents64 agree: %d (%d entries)\n", same, entries > 2);
    printf("getdents into 10 bytes = %ld\n", R(syscall(SYS_getdents, fd, b1, 10)));
    close(fd);
    printf("getdents(a file) = %ld\n", R(syscall(SYS_getdents, open("/etc/passwd", O_RDONLY), b1, sizeof b1)));

    /* readahead, sync_file_range */
    int f = open("/etc/passwd", O_RDONLY);
    int p[2];
    pipe(p);
    printf("readahead = %ld\n", R(syscall(SYS_readahead, f, 0, 4096)));
    printf("readahead(pipe) = %ld\n", R(syscall(SYS_readahead, p[0], 0, 4096)));
    printf("readahead(write-only) = %ld\n", R(syscall(SYS_readahead, p[1], 0, 4096)));
    printf("sync_file_range(all flags) = %ld\n", R(syscall(SYS_sync_file_range, f, 0L, 0L, 7)));
    printf("sync_file_range(bad flags) = %ld\n", R(syscall(SYS_sync_file_range, f, 0L, 0L, 8)));
    printf("sync_file_range(pipe) = %ld\n", R(syscall(SYS_sync_file_range, p[0], 0L, 0L, 0)));
    printf("sync_file_range(negative offset) = %ld\n", R(syscall(SYS_sync_file_range, f, -1L, 0L, 0)));
    return 0;
}
