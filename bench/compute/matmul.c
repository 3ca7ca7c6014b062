/* Floating-point kernel: dense double-precision matrix multiply C = A*B (i-k-j order, so the
   inner loop streams rows), repeated. Usage: matmul [n] [reps]; prints a checksum of C. */
#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv) {
    int n = argc > 1 ? atoi(argv[1]) : 300;
    int reps = argc > 2 ? atoi(argv[2]) : 10;
    double *a = malloc(sizeof(double) * n * n), *b = malloc(sizeof(double) * n * n), *c = malloc(sizeof(double) * n * n);
    for (int i = 0; i < n * n; i++) {
        a[i] = (double)((i * 7 + 3) % 101) / 101.0 - 0.5;
        b[i] = (double)((i * 13 + 5) % 97) / 97.0 - 0.25;
    }
    double sum = 0;
    for (int r = 0; r < reps; r++) {
        for (int i = 0; i < n * n; i++) c[i] = 0;
        for (int i = 0; i < n; i++)
            for (int k = 0; k < n; k++) {
                double aik = a[i * n + k];
                for (int j = 0; j < n; j++) c[i * n + j] += aik * b[k * n + j];
            }
        for (int i = 0; i < n * n; i++) sum += c[i] * (double)(i % 7 + 1);
        a[r % (n * n)] += 1.0; /* make each repetition different */
    }
    printf("matmul %dx%d x%d: %.6f\n", n, n, reps, sum);
    return 0;
}
