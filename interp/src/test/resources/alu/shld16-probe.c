/*
 * Native probe for 16-bit SHLD/SHRD by counts 16..31, which the SDM leaves undefined: prints
 * "left dest src count result flags-in flags-out&0x8D5" per line. ring3's model of the results
 * (docs/quirks.md, "Integer flags") was fitted to this output on an AMD EPYC host.
 *   gcc -O1 -o shld16-probe shld16-probe.c && ./shld16-probe | head
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

int main(void) {
    srand(7);
    for (int k = 0; k < 4000; k++) {
        uint16_t d = rand(), s = rand(), r = d;
        uint8_t n = 16 + rand() % 16;
        int left = k & 1;
        uint64_t fin = (rand() & 1) ? 0x8d5 : 0, fout;
        if (left)
            __asm__ volatile("push %3; popfq; shldw %%cl,%2,%0; pushfq; pop %1"
                             : "+r"(r), "=r"(fout) : "r"(s), "r"(fin), "c"(n) : "cc");
        else
            __asm__ volatile("push %3; popfq; shrdw %%cl,%2,%0; pushfq; pop %1"
                             : "+r"(r), "=r"(fout) : "r"(s), "r"(fin), "c"(n) : "cc");
        printf("%d %x %x %d %x %lx %lx\n", left, d, s, n, r, (unsigned long) fin,
               (unsigned long) (fout & 0x8d5));
    }
    return 0;
}
