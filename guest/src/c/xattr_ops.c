/* Extended attributes: set (XATTR_CREATE, XATTR_REPLACE), get (size query, ERANGE), list, remove, by path, by fd and without following a symlink; the namespaces a file without labels or ACLs shows; name and size limits. */
#define _GNU_SOURCE
#include <stdio.h>
#include <string.h>
#include <stdlib.h>
#include <unistd.h>
#include <errno.h>
#include <fcntl.h>
#include <sys/xattr.h>
#include "corpus.h"

static long R(long x) {
    return x < 0 ? -errno : x;
}

static void show_list(const char *what, const char *path) {
    char b[256];
    long n = R(listxattr(path, b, sizeof b));
    printf("%s: listxattr = %ld:", what, n);
    for (long i = 0; i < n; i += (long) strlen(b + i) + 1) {
        printf(" [%s]", b + i);
    }
    printf("\n");
}

int main(void) {
    setvbuf(stdout, NULL, _IOLBF, 0);
    char path[] = "/tmp/ring3-xattr-XXXXXX";
    int fd = mkstemp(path);
    if (fd < 0) {
        return 1;
    }
    long r = R(setxattr(path, "user.color", "red", 3, 0));
    if (r == -EOPNOTSUPP) {
        /* /tmp without user attributes: nothing else to compare here. */
        printf("user attributes not supported on /tmp\n");
        unlink(path);
        return 0;
    }
    printf("setxattr(user.color) = %ld\n", r);
    char v[64];
    memset(v, 0, sizeof v);
    printf("getxattr size query = %ld\n", R(getxattr(path, "user.color", NULL, 0)));
    printf("getxattr = %ld [%s]\n", R(getxattr(path, "user.color", v, sizeof v)), v);
    printf("getxattr into 2 bytes = %ld\n", R(getxattr(path, "user.color", v, 2)));
    printf("setxattr XATTR_CREATE on an existing name = %ld\n", R(setxattr(path, "user.color", "blue", 4, XATTR_CREATE)));
    printf("setxattr XATTR_REPLACE on a missing name = %ld\n", R(setxattr(path, "user.shape", "round", 5, XATTR_REPLACE)));
    printf("setxattr XATTR_REPLACE = %ld\n", R(setxattr(path, "user.color", "blue", 4, XATTR_REPLACE)));
    memset(v, 0, sizeof v);
    printf("getxattr now = %ld [%s]\n", R(getxattr(path, "user.color", v, sizeof v)), v);
    printf("fsetxattr(user.empty, 0 bytes) = %ld\n", R(fsetxattr(fd, "user.empty", "", 0, 0)));
    printf("fgetxattr(user.empty) = %ld\n", R(fgetxattr(fd, "user.empty", v, sizeof v)));
    show_list("two attributes", path);
    char lb[4];
    printf("listxattr into 4 bytes = %ld\n", R(listxattr(path, lb, sizeof lb)));
    printf("listxattr size query = %ld\n", R(listxattr(path, NULL, 0)));
    printf("flistxattr size query = %ld\n", R(flistxattr(fd, NULL, 0)));
    printf("getxattr(missing) = %ld\n", R(getxattr(path, "user.missing", v, sizeof v)));
    printf("getxattr(security.selinux) = %ld\n", R(getxattr(path, "security.selinux", v, sizeof v)));
    printf("getxattr(system.posix_acl_access) = %ld\n", R(getxattr(path, "system.posix_acl_access", NULL, 0)));
    printf("getxattr(no namespace) = %ld\n", R(getxattr(path, "color", v, sizeof v)));
    printf("getxattr(\"\") = %ld\n", R(getxattr(path, "", v, sizeof v)));
    char longname[300];
    memset(longname, 'a', sizeof longname);
    memcpy(longname, "user.", 5);
    longname[299] = 0;
    printf("setxattr(name of 299 bytes) = %ld\n", R(setxattr(path, longname, "x", 1, 0)));
    printf("setxattr(bad flags) = %ld\n", R(setxattr(path, "user.color", "x", 1, 4)));
    printf("getxattr(missing file) = %ld\n", R(getxattr("/tmp/ring3-no-such-file", "user.color", v, sizeof v)));
    printf("fgetxattr(closed fd) = %ld\n", R(fgetxattr(999, "user.color", v, sizeof v)));
    int p[2];
    pipe(p);
    printf("fsetxattr(pipe) = %ld\n", R(fsetxattr(p[0], "user.color", "x", 1, 0)));
    printf("removexattr(user.color) = %ld\n", R(removexattr(path, "user.color")));
    printf("removexattr again = %ld\n", R(removexattr(path, "user.color")));
    printf("fremovexattr(user.empty) = %ld\n", R(fremovexattr(fd, "user.empty")));
    show_list("none left", path);
    char link[64];
    snprintf(link, sizeof link, "%s.lnk", path);
    symlink(path, link);
    setxattr(path, "user.via", "target", 6, 0);
    memset(v, 0, sizeof v);
    printf("getxattr through a symlink = %ld [%s]\n", R(getxattr(link, "user.via", v, sizeof v)), v);
    printf("lgetxattr of the symlink = %ld\n", R(lgetxattr(link, "user.via", v, sizeof v)));
    printf("llistxattr of the symlink = %ld\n", R(llistxattr(link, v, sizeof v)));
    unlink(link);
    close(fd);
    unlink(path);
    return 0;
}
