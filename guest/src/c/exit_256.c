/* exit(256): the shell sees 256 & 0xff. Output is flushed by exit. */
#include <stdio.h>
#include <stdlib.h>
int main(void) {
    printf("exiting with 256\n");
    exit(256);
}
