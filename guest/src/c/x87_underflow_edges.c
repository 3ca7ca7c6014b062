/* x87 underflow edges the differential tester found on the Zen 5 host: FSCALE's massive underflow
   with UE unmasked gives a signed zero whatever the rounding mode (masked, RD/RU round away to the
   smallest denormal), and FPREM of a denormal by an infinity with UE unmasked reports it tiny:
   UE and the exponent wrapped by 0x6000, as an arithmetic result. */
#include <stdio.h>
#include <stdint.h>
#include <string.h>
struct f80 { uint64_t m; uint16_t se; } __attribute__((packed));
static void run(const char *what, uint16_t cw, struct f80 a, struct f80 b, const char *op) {
  struct f80 r; uint16_t sw;
  __asm__ volatile("fninit; fldcw %[cw]; fldt %[b]; fldt %[a]; " "fscale" "; fnstsw %[sw]; fnclex; fldcw %[cw2]; fstpt %[r]; fstp %%st(0)"
    : [r]"=m"(r), [sw]"=m"(sw) : [cw]"m"(cw), [a]"m"(a), [b]"m"(b), [cw2]"m"((uint16_t){0x37f}));
  printf("%s fscale: %04x:%016llx sw %04x\n", what, r.se, (unsigned long long)r.m, sw);
}
static void runp(const char *what, uint16_t cw, struct f80 a, struct f80 b) {
  struct f80 r; uint16_t sw;
  __asm__ volatile("fninit; fldcw %[cw]; fldt %[b]; fldt %[a]; fprem; fnstsw %[sw]; fnclex; fldcw %[cw2]; fstpt %[r]; fstp %%st(0)"
    : [r]"=m"(r), [sw]"=m"(sw) : [cw]"m"(cw), [a]"m"(a), [b]"m"(b), [cw2]"m"((uint16_t){0x37f}));
  printf("%s fprem: %04x:%016llx sw %04x\n", what, r.se, (unsigned long long)r.m, sw);
}
int main(void) {
  struct f80 negmin = {0x8000000000000000ull, 0x8001}, posmin = {0x8000000000000000ull, 0x0001};
  struct f80 hugeneg = {0xffffffffffffffffull, 0xfffe};
  run("RD neg", 0x074f, negmin, hugeneg, "");
  run("RU pos", 0x0b4f, posmin, hugeneg, "");
  run("RN pos", 0x034f, posmin, hugeneg, "");
  run("RD neg masked", 0x077f, negmin, hugeneg, "");
  struct f80 den = {0x75c0014b1b750ac3ull, 0x8000}, pden = {0x0000000000000123ull, 0x0000}, inf = {0x8000000000000000ull, 0xffff};
  runp("den/inf UE unmasked", 0x036f, den, inf);
  runp("tiny den/inf UE unmasked", 0x036f, pden, inf);
  runp("den/inf UE masked", 0x037f, den, inf);
  return 0;
}
