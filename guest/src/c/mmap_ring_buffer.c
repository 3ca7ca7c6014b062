/* A "magic" ring buffer: one memfd page mapped twice, side by side, so that a write running off
   the end of the first view lands at the start of the same memory (the trick of lock-free queues
   and audio buffers). Both views are one memory, in one process and in a forked child, and
   munmap of one view leaves the other. */
#define _GNU_SOURCE
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>

int main(void) {
    int fd = memfd_create("ring", 0);
    ftruncate(fd, 4096);
    char *base = mmap(0, 8192, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    char *a = mmap(base, 4096, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_FIXED, fd, 0);
    char *b = mmap(base + 4096, 4096, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_FIXED, fd, 0);
    printf("views where asked: %d %d\n", a == base, b == base + 4096);
    memcpy(a + 4090, "wrapped around", 14);
    printf("written across the seam, read at the start: \"%.8s\"\n", a);
    b[100] = 'X';
    printf("a store through the second view, read through the first: %c\n", a[100]);
    pid_t p = fork();
    if (p == 0) {
        a[200] = 'C';
        _exit(b[100] == 'X' ? 0 : 1);
    }
    int st;
    waitpid(p, &st, 0);
    printf("the child saw the views as one (%d) and its store shows in the parent's second view: %c\n",
           WEXITSTATUS(st), b[200]);
    munmap(a, 4096);
    printf("after munmap of the first view the second keeps the bytes: %c %c\n", b[100], b[200]);
    char c;
    pread(fd, &c, 1, 100);
    printf("and so does the file: %c\n", c);
    return 0;
}
