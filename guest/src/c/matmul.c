/* Double-precision matrix multiply (naive and blocked), LU-style elimination, and a determinant; %.17g output. */
#include <stdio.h>
#include <stdlib.h>
#include "corpus.h"
enum { N = 160 };
static double A[N][N], B[N][N], C[N][N], D[N][N];
int main(void) {
    uint64_t s = 31;
    for (int i = 0; i < N; i++)
        for (int j = 0; j < N; j++) {
            A[i][j] = (double)(lcg_next(&s) % 2001) / 1000.0 - 1.0;
            B[i][j] = (double)(lcg_next(&s) % 2001) / 1000.0 - 1.0;
        }
    for (int i = 0; i < N; i++)
        for (int k = 0; k < N; k++) {
            double a = A[i][k];
            for (int j = 0; j < N; j++) C[i][j] += a * B[k][j];
        }
    enum { T = 32 };
    for (int ii = 0; ii < N; ii += T)
        for (int kk = 0; kk < N; kk += T)
            for (int jj = 0; jj < N; jj += T)
                for (int i = ii; i < ii + T; i++)
                    for (int k = kk; k < kk + T; k++)
                        for (int j = jj; j < jj + T; j++) D[i][j] += A[i][k] * B[k][j];
    double tr = 0, maxdiff = 0;
    for (int i = 0; i < N; i++) {
        tr += C[i][i];
        for (int j = 0; j < N; j++) {
            double d = C[i][j] - D[i][j];
            if (d < 0) d = -d;
            if (d > maxdiff) maxdiff = d;
        }
    }
    printf("trace %.17g C[3][7] %.17g maxdiff %a\n", tr, C[3][7], maxdiff);
    /* Gaussian elimination with partial pivoting for det(A). */
    double det = 1;
    for (int c = 0; c < N; c++) {
        int p = c;
        for (int r = c + 1; r < N; r++) if ((A[r][c] < 0 ? -A[r][c] : A[r][c]) > (A[p][c] < 0 ? -A[p][c] : A[p][c])) p = r;
        if (p != c) { for (int j = 0; j < N; j++) { double t = A[c][j]; A[c][j] = A[p][j]; A[p][j] = t; } det = -det; }
        det *= A[c][c];
        for (int r = c + 1; r < N; r++) {
            double f = A[r][c] / A[c][c];
            for (int j = c; j < N; j++) A[r][j] -= f * A[c][j];
        }
    }
    printf("det %.17g\n", det);
    return 0;
}
