/* Prints argc, every argv string and every envp string exactly (the harness fixes both). */
#include <stdio.h>
int main(int argc, char **argv, char **envp) {
    printf("argc %d\n", argc);
    for (int i = 1; i < argc; i++) printf("argv[%d] = [%s]\n", i, argv[i]);
    printf("argv[argc] is %s\n", argv[argc] ? "non-null" : "NULL");
    int n = 0;
    for (char **e = envp; *e; e++) printf("envp[%d] = [%s]\n", n++, *e);
    printf("envc %d\n", n);
    return 0;
}
