/*
 * Native oracle for ring3's SSE3, SSSE3 and SSE4.1 tests (Sse4NativeTest): the harness of
 * sse_oracle.c over the instructions of sse4_cases.h. Rerun by hand:
 *   gcc -O1 -mno-red-zone -o /tmp/sse4_oracle sse4_oracle.c && /tmp/sse4_oracle [N] > out.txt
 * The checked-in expectations used where gcc is absent were made with:
 *   /tmp/sse4_oracle 37 | gzip -9 > sse4_expected.txt.gz
 */
#define CASES "sse4_cases.h"
#include "sse_oracle.c"
