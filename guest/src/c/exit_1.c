/* exit(1): the shell sees 1 & 0xff. Output is flushed by exit. */
#include <stdio.h>
#include <stdlib.h>
int main(void) {
    printf("exiting with 1\n");
    exit(1);
}
