/* abort() raises SIGABRT: status 134; stdio buffers are not flushed by abort, so flush first. */
#include <stdio.h>
#include <stdlib.h>
int main(void) {
    printf("calling abort\n");
    fflush(stdout);
    abort();
}
