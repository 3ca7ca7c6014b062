/* The smallest useful guest: stdio start-up, one line out, return from main. */
#include <stdio.h>
int main(void) {
    printf("hello, world\n");
    return 0;
}
