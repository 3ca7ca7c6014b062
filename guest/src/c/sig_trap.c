/* __builtin_trap compiles to UD2: #UD becomes SIGILL, status 132. */
#include <stdio.h>
int main(void) {
    printf("executing ud2\n");
    fflush(stdout);
    __builtin_trap();
}
