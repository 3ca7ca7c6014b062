/* getauxval: values the kernel sets identically for any loader are printed; addresses only as "nonzero". */
#include <stdio.h>
#include <sys/auxv.h>
#include <elf.h>
#include <string.h>
#include <unistd.h>
#include <errno.h>

int main(int argc, char **argv) {
    (void)argc;
    printf("AT_PAGESZ %lu\n", getauxval(AT_PAGESZ));
    printf("AT_CLKTCK %lu\n", getauxval(AT_CLKTCK));
    printf("AT_PHENT %lu\n", getauxval(AT_PHENT));
    printf("AT_PHNUM %lu\n", getauxval(AT_PHNUM));
    printf("AT_SECURE %lu\n", getauxval(AT_SECURE));
    printf("AT_UID %lu AT_EUID %lu AT_GID %lu AT_EGID %lu\n", getauxval(AT_UID), getauxval(AT_EUID),
           getauxval(AT_GID), getauxval(AT_EGID));
    printf("uid matches %d\n", getauxval(AT_UID) == (unsigned long)getuid());
    /* The kernel always supplies AT_HWCAP, but its bits vary by kernel version (6.18 reports 2 on this
       host), so only its presence is printed: getauxval sets ENOENT for a missing entry. */
    errno = 0;
    (void)getauxval(AT_HWCAP);
    printf("AT_HWCAP present %d\n", errno != ENOENT);
    printf("AT_RANDOM %s\n", getauxval(AT_RANDOM) ? "nonzero" : "zero");
    printf("AT_PHDR %s\n", getauxval(AT_PHDR) ? "nonzero" : "zero");
    printf("AT_ENTRY %s\n", getauxval(AT_ENTRY) ? "nonzero" : "zero");
    const char *fn = (const char *)getauxval(AT_EXECFN);
    printf("AT_EXECFN equals argv[0] %d\n", fn && strcmp(fn, argv[0]) == 0);
    printf("sysconf pagesize %ld clk_tck %ld\n", sysconf(_SC_PAGESIZE), sysconf(_SC_CLK_TCK));
    return 0;
}
