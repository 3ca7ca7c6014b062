/* exit(255): the shell sees 255 & 0xff. Output is flushed by exit. */
#include <stdio.h>
#include <stdlib.h>
int main(void) {
    printf("exiting with 255\n");
    exit(255);
}
