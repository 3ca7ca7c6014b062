/* System V shared memory: shmget/shmat/shmdt/shmctl, what IPC_STAT reports, data shared between
   two attachments and with a forked child, IPC_RMID while attached, keys, and the error paths. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <unistd.h>
#include <sys/ipc.h>
#include <sys/shm.h>
#include <sys/wait.h>
#include "corpus.h"

static int res(long r) { return r < 0 ? -errno : (int)r; }

static void stat_line(const char *what, int id) {
    struct shmid_ds ds;
    memset(&ds, 0x55, sizeof ds);
    int r = res(shmctl(id, IPC_STAT, &ds));
    printf("%-14s stat %d size %zu nattch %lu mode %o cpid_is_me %d uid_is_me %d atime_set %d dtime_set %d\n",
           what, r, (size_t)ds.shm_segsz, (unsigned long)ds.shm_nattch, ds.shm_perm.mode & 07777,
           ds.shm_cpid == getpid(), ds.shm_perm.uid == geteuid() && ds.shm_perm.cuid == geteuid(),
           ds.shm_atime != 0, ds.shm_dtime != 0);
}

int main(void) {
    long pg = sysconf(_SC_PAGESIZE);
    int id = shmget(IPC_PRIVATE, 10000, IPC_CREAT | 0600);
    printf("shmget ok %d\n", id >= 0);
    stat_line("fresh", id);
    char *a = shmat(id, NULL, 0);
    char *b = shmat(id, NULL, SHM_RDONLY);
    printf("attached %d %d aligned %d distinct %d zero %d\n", a != (void *)-1, b != (void *)-1,
           ((long)a % pg) == 0, a != b, a[0] == 0 && a[9999] == 0);
    stat_line("two attached", id);
    strcpy(a, "written through a");
    memset(a + 10000, 'x', 3 * pg - 10000); /* the rest of the last page is usable too */
    getppid(); /* another attachment sees a store after a system call at the latest */
    printf("b reads: %s, tail %c\n", b, b[3 * pg - 1]);

    fflush(stdout);
    pid_t c = fork();
    if (c == 0) {
        int ok = strcmp(a, "written through a") == 0;
        strcpy(a + 100, "from the child");
        shmdt(a);
        _exit(ok ? 3 : 4);
    }
    int st;
    waitpid(c, &st, 0);
    printf("child saw parent %d; parent sees: %s\n", WEXITSTATUS(st) == 3, b + 100);
    stat_line("after child", id);

    printf("shmdt b %d\n", res(shmdt(b)));
    printf("shmdt b again %d\n", res(shmdt(b)));
    printf("shmdt unaligned %d\n", res(shmdt(a + 1)));
    printf("rmid %d\n", res(shmctl(id, IPC_RMID, NULL)));
    stat_line("removed", id);
    printf("still usable: %.17s\n", a);
    printf("shmdt a %d\n", res(shmdt(a)));
    printf("stat gone %d\n", res(shmctl(id, IPC_STAT, &(struct shmid_ds){0})));
    printf("attach gone %d\n", shmat(id, NULL, 0) == (void *)-1 ? -errno : 0);

    /* Keys: create exclusively, find again, and the errors around them. */
    key_t key = 0x52330000 | (getpid() & 0xffff);
    int k = shmget(key, pg, IPC_CREAT | IPC_EXCL | 0640);
    printf("key create ok %d\n", k >= 0);
    printf("key again same %d\n", shmget(key, pg, 0) == k);
    printf("key smaller same %d\n", shmget(key, 16, IPC_CREAT) == k);
    printf("key larger %d\n", res(shmget(key, 2 * pg, 0)));
    printf("key excl %d\n", res(shmget(key, pg, IPC_CREAT | IPC_EXCL | 0600)));
    char *kp = shmat(k, NULL, 0);
    printf("key rmid %d\n", res(shmctl(k, IPC_RMID, NULL)));
    printf("key after rmid %d\n", res(shmget(key, pg, 0)));
    stat_line("key removed", k);
    shmdt(kp);

    /* Address rules: SHM_RND, a fixed address, SHM_REMAP over a mapping, and bad arguments. */
    int f = shmget(IPC_PRIVATE, pg, IPC_CREAT | 0600);
    char *at = shmat(f, NULL, 0);
    shmdt(at);
    printf("fixed again %d\n", shmat(f, at, 0) == at);
    printf("busy address %d\n", shmat(f, at, 0) == (void *)-1 ? -errno : 0);
    printf("remap over %d\n", shmat(f, at, SHM_REMAP) == at);
    printf("unaligned %d\n", shmat(f, at + 8, 0) == (void *)-1 ? -errno : 0);
    shmdt(at);
    printf("rnd %d\n", shmat(f, at + 8, SHM_RND) == at);
    printf("remap null %d\n", shmat(f, NULL, SHM_REMAP) == (void *)-1 ? -errno : 0);
    shmdt(at);
    shmctl(f, IPC_RMID, NULL);

    printf("size 0 %d\n", res(shmget(IPC_PRIVATE, 0, IPC_CREAT | 0600)));
    printf("no such key %d\n", res(shmget(0x7ffffff0, pg, 0600)));
    printf("attach -1 %d\n", shmat(-1, NULL, 0) == (void *)-1 ? -errno : 0);
    printf("ctl bad cmd %d\n", res(shmctl(f, 99, NULL)));
    printf("ctl negative id %d\n", res(shmctl(-1, IPC_STAT, NULL)));
    printf("ctl bad buffer %d\n", res(shmctl(shmget(IPC_PRIVATE, pg, 0600), IPC_STAT, (void *)8)));
    struct shminfo info;
    printf("ipc_info ok %d\n", shmctl(0, IPC_INFO, (void *)&info) >= 0);
    return 0;
}
