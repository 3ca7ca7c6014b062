/* CPU affinity as a thread sees it: sched_setaffinity pins the thread to one CPU, and from then
   on sched_getaffinity, /proc's Cpus_allowed_list, getcpu, sched_getcpu, RDTSCP's TSC_AUX, RDPID
   and LSL of the CPU-number segment all name that CPU; a thread and a forked child inherit the
   mask; empty, impossible, unreadable and foreign requests fail as the kernel fails them. */
#define _GNU_SOURCE
#include <errno.h>
#include <pthread.h>
#include <sched.h>
#include <stdio.h>
#include <string.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>
#include "corpus.h"

static unsigned rdtscp_aux(void) {
    unsigned lo, hi, aux;
    __asm__ volatile("rdtscp" : "=a"(lo), "=d"(hi), "=c"(aux));
    return aux;
}

static unsigned long rdpid(void) {
    unsigned long v;
    __asm__ volatile(".byte 0xf3, 0x0f, 0xc7, 0xf8" : "=a"(v)); /* rdpid %rax */
    return v;
}

static unsigned lsl_cpunode(void) {
    unsigned v = 0;
    __asm__ volatile("lsl %1, %0" : "=r"(v) : "r"(0x7bu)); /* GDT_ENTRY_CPUNODE, RPL 3 */
    return v;
}

/* The value of a "Name:\tvalue" line of a /proc status file, or "?". */
static const char *status_field(const char *file, const char *name) {
    static char value[256];
    char line[512];
    strcpy(value, "?");
    FILE *f = fopen(file, "r");
    if (!f) return value;
    size_t n = strlen(name);
    while (fgets(line, sizeof line, f)) {
        if (strncmp(line, name, n) == 0 && line[n] == ':') {
            char *v = line + n + 1;
            while (*v == '\t' || *v == ' ') v++;
            v[strcspn(v, "\n")] = 0;
            snprintf(value, sizeof value, "%s", v);
        }
    }
    fclose(f);
    return value;
}

static int target;

/* One line of what this thread is told about where it runs, each checked against the target CPU. */
static void report(const char *who) {
    cpu_set_t s;
    CPU_ZERO(&s);
    long r = sched_getaffinity(0, sizeof s, &s);
    unsigned cpu = ~0u, node = ~0u;
    long g = syscall(SYS_getcpu, &cpu, &node, NULL);
    char file[64], want[16];
    snprintf(file, sizeof file, "/proc/self/task/%ld/status", (long)syscall(SYS_gettid));
    snprintf(want, sizeof want, "%d", target);
    printf("%s: getaffinity %ld count %d has-target %d | getcpu %ld cpu-ok %d node %u | sched_getcpu-ok %d"
           " | rdtscp-ok %d rdpid-ok %d lsl-ok %d | Cpus_allowed_list-ok %d\n",
           who, r < 0 ? -1 : 0, CPU_COUNT(&s), CPU_ISSET(target, &s), g, cpu == (unsigned)target, node,
           sched_getcpu() == target, (int)(rdtscp_aux() & 0xfff) == target, (int)(rdpid() & 0xfff) == target,
           (int)(lsl_cpunode() & 0xfff) == target, strcmp(status_field(file, "Cpus_allowed_list"), want) == 0);
}

static void *thread_main(void *arg) {
    report(arg);
    return NULL;
}

static long raw_setaffinity(long pid, long len, const void *mask) {
    return sys_result(syscall(SYS_sched_setaffinity, pid, len, mask));
}

int main(void) {
    cpu_set_t all;
    CPU_ZERO(&all);
    if (sched_getaffinity(0, sizeof all, &all) != 0) {
        perror("sched_getaffinity");
        return 1;
    }
    int allowed = CPU_COUNT(&all);
    for (int i = 0; i < CPU_SETSIZE; i++)
        if (CPU_ISSET(i, &all)) target = i; /* the highest CPU this process may use */
    char hex[256];
    snprintf(hex, sizeof hex, "%s", status_field("/proc/self/status", "Cpus_allowed"));
    printf("allowed %d: Cpus_allowed %s, Cpus_allowed_list %s\n", allowed, hex,
           status_field("/proc/self/status", "Cpus_allowed_list"));

    cpu_set_t one;
    CPU_ZERO(&one);
    CPU_SET(target, &one);
    printf("pin to the highest: %d\n", sched_setaffinity(0, sizeof one, &one) == 0 ? 0 : -errno);
    report("pinned");

    pthread_t t;
    pthread_create(&t, NULL, thread_main, "thread");
    pthread_join(t, NULL);

    fflush(stdout);
    pid_t child = fork();
    if (child == 0) {
        report("forked child");
        fflush(stdout);
        _exit(0);
    }
    int st;
    waitpid(child, &st, 0);

    /* What the kernel refuses: an empty mask, a mask of only CPUs that do not exist, a length of
       zero (nothing read: empty), an unreadable mask (EFAULT, before the pid is looked up), a pid
       that names nothing. A mask shorter than the kernel's is zero-extended. */
    cpu_set_t none;
    CPU_ZERO(&none);
    printf("empty mask: %ld\n", raw_setaffinity(0, sizeof none, &none));
    size_t big = CPU_ALLOC_SIZE(4096);
    cpu_set_t *far = CPU_ALLOC(4096);
    CPU_ZERO_S(big, far);
    CPU_SET_S(4000, big, far);
    printf("only CPU 4000: %ld\n", raw_setaffinity(0, big, far));
    CPU_FREE(far);
    printf("length 0: %ld\n", raw_setaffinity(0, 0, &one));
    printf("unreadable mask, bad pid: %ld\n", raw_setaffinity(-1, sizeof one, (void *)8));
    printf("pid -1: %ld\n", raw_setaffinity(-1, sizeof one, &one));
    unsigned char first_byte = 1; /* CPU 0 only, one byte long */
    printf("one byte, CPU 0: %ld\n", raw_setaffinity(0, 1, &first_byte));
    target = 0;
    report("on CPU 0");
    printf("still pinned after the failures, getaffinity of 4 bytes: %ld\n",
           sys_result(syscall(SYS_sched_getaffinity, 0, 4, &one)));

    printf("restore: %d\n", sched_setaffinity(0, sizeof all, &all) == 0 ? 0 : -errno);
    cpu_set_t back;
    CPU_ZERO(&back);
    sched_getaffinity(0, sizeof back, &back);
    printf("restored count %d equal %d\n", CPU_COUNT(&back), CPU_EQUAL(&back, &all));
    return 0;
}
