/* A write to a pipe whose reader is gone raises SIGPIPE, whose default action terminates: status
   141, and, as from bash, no "Broken pipe" line on stderr (`prog | head` stays quiet). */
#include <stdio.h>
#include <unistd.h>
int main(void) {
    int p[2];
    pipe(p);
    close(p[0]);
    printf("writing to a pipe with no reader\n");
    fflush(stdout);
    write(p[1], "x", 1);
    printf("survived\n");
    return 0;
}
