/* The environment: getenv of the harness's variables, setenv/putenv/unsetenv and iterating environ afterwards. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
extern char **environ;

static void dump(const char *when) {
    int n = 0;
    printf("%s:", when);
    for (char **e = environ; *e; e++, n++) printf(" %s", *e);
    printf(" (%d)\n", n);
}

int main(void) {
    dump("initial");
    printf("HOME=%s LANG=%s MISSING=%s\n", getenv("HOME"), getenv("LANG"), getenv("MISSING") ? "set" : "(null)");
    setenv("RING3_A", "alpha", 0);
    setenv("RING3_B", "beta", 1);
    setenv("RING3_A", "not-overwritten", 0);
    setenv("RING3_B", "overwritten", 1);
    static char pe[] = "RING3_C=from putenv";
    putenv(pe);
    dump("after set");
    printf("A=%s B=%s C=%s\n", getenv("RING3_A"), getenv("RING3_B"), getenv("RING3_C"));
    pe[8] = 'F';   /* putenv keeps the caller's string */
    printf("C after edit=%s\n", getenv("RING3_C"));
    unsetenv("RING3_A");
    unsetenv("LANG");
    dump("after unset");
    printf("setenv with = fails %d\n", setenv("BAD=NAME", "x", 1));
    clearenv();
    printf("after clearenv environ empty %d\n", environ == NULL || environ[0] == NULL);
    return 0;
}
