/* _exit(3) skips stdio flushing: the buffered line must NOT appear (stdout is a pipe, fully buffered). */
#include <stdio.h>
#include <unistd.h>
int main(void) {
    printf("flushed line\n");
    fflush(stdout);
    printf("this buffered line is lost by _exit\n");
    _exit(3);
}
