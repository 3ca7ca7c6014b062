/* execve of itself with arguments, after fork and after vfork, and posix_spawn; the exec'd image prints its arguments. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <spawn.h>
#include <fcntl.h>
#include <errno.h>
#include <sys/wait.h>

extern char **environ;

int main(int argc, char **argv) {
    if (argc > 1 && strcmp(argv[1], "child") == 0) {
        printf("exec'd:");
        for (int i = 2; i < argc; i++) printf(" [%s]", argv[i]);
        printf(" env=%s\n", getenv("RING3_TEST") ? getenv("RING3_TEST") : "(none)");
        /* fd 3 was marked close-on-exec by the parent, fd 4 was not. */
        printf("fd3 %s, fd4 %s\n", fcntl(3, F_GETFD) < 0 ? "closed" : "open", fcntl(4, F_GETFD) < 0 ? "closed" : "open");
        return atoi(argv[2]);
    }
    fflush(stdout);
    int a = open("/dev/null", O_RDONLY | O_CLOEXEC);
    int b = open("/dev/null", O_RDONLY);
    if (a != 3 || b != 4) { printf("fds %d %d\n", a, b); return 1; }
    char *env[] = {"RING3_TEST=yes", NULL};
    int st;

    pid_t k = fork();
    if (k == 0) {
        char *args[] = {argv[0], "child", "5", "after fork", "two words", NULL};
        execve("/proc/self/exe", args, env);
        _exit(127);
    }
    waitpid(k, &st, 0);
    printf("fork+exec status %d\n", WEXITSTATUS(st));
    fflush(stdout);

    k = vfork();
    if (k == 0) {
        char *args[] = {argv[0], "child", "6", "after vfork", NULL};
        execve("/proc/self/exe", args, env);
        _exit(127);
    }
    waitpid(k, &st, 0);
    printf("vfork+exec status %d\n", WEXITSTATUS(st));
    fflush(stdout);

    char *args[] = {argv[0], "child", "7", "spawned", NULL};
    pid_t sp;
    int rc = posix_spawn(&sp, "/proc/self/exe", NULL, NULL, args, environ);
    waitpid(sp, &st, 0);
    printf("posix_spawn rc %d status %d\n", rc, WEXITSTATUS(st));
    fflush(stdout);

    k = fork();
    if (k == 0) {
        char *args2[] = {"nope", NULL};
        execve("/nonexistent/program", args2, env);
        _exit(errno == ENOENT ? 33 : 34);
    }
    waitpid(k, &st, 0);
    printf("exec of a missing file: %d\n", WEXITSTATUS(st));
    return 0;
}
