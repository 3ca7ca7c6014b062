/* uname: only the fields that must match any x86-64 Linux are printed, plus the syscall's success. */
#include <stdio.h>
#include <string.h>
#include <sys/utsname.h>
int main(void) {
    struct utsname u;
    int r = uname(&u);
    printf("uname %d sysname %s machine %s\n", r, u.sysname, u.machine);
    printf("release nonempty %d nodename nonempty %d\n", u.release[0] != 0, u.nodename[0] != 0);
    int major = 0, minor = 0;
    sscanf(u.release, "%d.%d", &major, &minor);
    printf("release >= 3.2 %d\n", major > 3 || (major == 3 && minor >= 2));
    return 0;
}
