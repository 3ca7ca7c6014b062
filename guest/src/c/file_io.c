/* File I/O in a private temp dir (mkdtemp): open/write/read/lseek/pread/pwrite/fstat/stat/rename/unlink/mkdir/rmdir,
   directory listing via opendir/readdir (getdents64), and stdio on files. Prints only deterministic facts. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <fcntl.h>
#include <unistd.h>
#include <dirent.h>
#include <errno.h>
#include <sys/stat.h>
#include "corpus.h"

static char dir[64];

static void path(char *out, const char *name) { snprintf(out, 128, "%s/%s", dir, name); }

static int by_name(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

int main(void) {
    strcpy(dir, "/tmp/ring3-fileio-XXXXXX");
    if (!mkdtemp(dir)) { perror("mkdtemp"); return 1; }
    printf("mkdtemp ok, name length %zu\n", strlen(dir));
    char p[128], q[128];
    path(p, "data.bin");
    int fd = open(p, O_CREAT | O_EXCL | O_RDWR, 0640);
    printf("open fd>2 %d\n", fd > 2);
    static unsigned char buf[100000];
    uint64_t s = 3;
    for (unsigned i = 0; i < sizeof buf; i++) buf[i] = (unsigned char)lcg_next(&s);
    ssize_t w = write(fd, buf, sizeof buf);
    printf("write %zd\n", w);
    long end = (long)lseek(fd, 0, SEEK_END), cur = (long)lseek(fd, -100, SEEK_CUR);
    printf("lseek end %ld cur %ld set %ld\n", end, cur, (long)lseek(fd, 12345, SEEK_SET));
    unsigned char rb[1000];
    ssize_t r = read(fd, rb, sizeof rb);
    printf("read %zd match %d\n", r, memcmp(rb, buf + 12345, 1000) == 0);
    ssize_t pw = pwrite(fd, "HELLO", 5, 50);
    printf("pwrite %zd pread %zd\n", pw, pread(fd, rb, 10, 48));
    printf("pread data %.10s\n", (char *)rb + 2);
    lseek(fd, 0, SEEK_END);
    printf("read at eof %zd\n", read(fd, rb, 10));
    struct stat st;
    fstat(fd, &st);
    printf("fstat size %lld mode %o regular %d nlink %lu\n", (long long)st.st_size, st.st_mode & 0777,
           S_ISREG(st.st_mode), (unsigned long)st.st_nlink);
    printf("ftruncate %d", ftruncate(fd, 4096));
    fstat(fd, &st);
    printf(" size now %lld\n", (long long)st.st_size);
    close(fd);
    /* stdio on a file */
    path(q, "text.txt");
    FILE *f = fopen(q, "w");
    for (int i = 0; i < 1000; i++) fprintf(f, "line %d %s\n", i, i % 3 ? "fizz" : "buzz");
    fclose(f);
    f = fopen(q, "r");
    char line[64];
    int lines = 0, fizz = 0;
    while (fgets(line, sizeof line, f)) { lines++; fizz += strstr(line, "fizz") != NULL; }
    printf("fgets lines %d fizz %d ftell %ld\n", lines, fizz, ftell(f));
    rewind(f);
    fseek(f, 7, SEEK_SET);
    int c1 = fgetc(f), c2 = fgetc(f);
    printf("after fseek: %c%c\n", c1, c2);
    fclose(f);
    /* rename, mkdir, directory listing */
    path(q, "renamed.bin");
    printf("rename %d\n", rename(p, q));
    printf("stat old errno %s\n", stat(p, &st) == -1 ? strerror(errno) : "exists");
    char sub[128];
    path(sub, "subdir");
    int m1 = mkdir(sub, 0755), m2 = mkdir(sub, 0755);
    printf("mkdir %d again %d %s\n", m1, m2, strerror(errno));
    for (int i = 0; i < 5; i++) {
        char e[160];
        snprintf(e, sizeof e, "%s/file%d", sub, i);
        close(open(e, O_CREAT | O_WRONLY, 0600));
    }
    DIR *d = opendir(sub);
    char *names[16];
    int nn = 0;
    struct dirent *de;
    while ((de = readdir(d)) && nn < 16) names[nn++] = strdup(de->d_name);
    closedir(d);
    qsort(names, nn, sizeof names[0], by_name);
    printf("readdir %d:", nn);
    for (int i = 0; i < nn; i++) printf(" %s", names[i]);
    printf("\n");
    int rd = rmdir(sub);
    printf("rmdir nonempty %d %s\n", rd, strerror(errno));
    for (int i = 0; i < 5; i++) {
        char e[160];
        snprintf(e, sizeof e, "%s/file%d", sub, i);
        unlink(e);
    }
    int r1 = rmdir(sub), r2 = unlink(q);
    path(p, "text.txt");
    printf("rmdir %d unlink %d unlink text %d\n", r1, r2, unlink(p));
    int ac = access(q, F_OK);
    printf("access %d %s\n", ac, strerror(errno));
    printf("rmdir tempdir %d\n", rmdir(dir));
    return 0;
}
