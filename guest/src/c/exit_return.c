/* Returning 42 from main: libc passes it to exit. atexit handlers run in reverse order first. */
#include <stdio.h>
#include <stdlib.h>
static void first(void) { printf("atexit first registered, runs last\n"); }
static void second(void) { printf("atexit second registered, runs first\n"); }
int main(void) {
    atexit(first);
    atexit(second);
    printf("returning 42\n");
    return 42;
}
