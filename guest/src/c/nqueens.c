/* N-queens by backtracking with bitmasks (n = 1..11), plus the first solution found for n = 8. */
#include <stdio.h>
static int n, first[16], have_first;
static int cols[16];
static long solve(int row, unsigned colmask, unsigned d1, unsigned d2) {
    if (row == n) {
        if (!have_first && n == 8) { for (int i = 0; i < n; i++) first[i] = cols[i]; have_first = 1; }
        return 1;
    }
    long total = 0;
    unsigned avail = ~(colmask | d1 | d2) & ((1u << n) - 1);
    while (avail) {
        unsigned bit = avail & -avail;
        avail ^= bit;
        cols[row] = __builtin_ctz(bit);
        total += solve(row + 1, colmask | bit, (d1 | bit) << 1, (d2 | bit) >> 1);
    }
    return total;
}
int main(void) {
    for (n = 1; n <= 11; n++) printf("queens(%d) = %ld\n", n, solve(0, 0, 0, 0));
    printf("first 8-queens:");
    for (int i = 0; i < 8; i++) printf(" %d", first[i]);
    printf("\n");
    return 0;
}
