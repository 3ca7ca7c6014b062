; ring3's vDSO: the code of the shared object ring3 maps into every guest and announces with
; AT_SYSINFO_EHDR. It serves clock_gettime, gettimeofday, time, clock_getres and getcpu from the
; read-only time page one page below the image, without a system call, the way the kernel's
; vDSO does (lib/vdso/gettimeofday.c): read the page's sequence counter, read RDTSC and the
; bases, convert with the page's multiplier and shift, retry if the counter moved.
;
; Each function's common case (a high-resolution clock, a TSC delta whose product with the
; multiplier fits in 64 bits: the kernel's vdso_delta_ok) is written out straight, with no call
; and only compare-and-branch pairs, because that is what ring3's JIT translates best; anything
; else (a long or negative delta, a page being updated) takes the general routine clock_ns with
; the 128-bit product. The _COARSE clocks and time() read their values at ring3's last tick from
; the page, without the TSC, as the kernel's do_coarse() and time() do, and without the sequence
; counter: each is one 64-bit word ring3 stores atomically, and the tick that stores them leaves
; the counter alone, so the high-resolution clocks never retry because of it. Clocks the page
; does not serve take the syscall.
;
; Rebuild (needs nasm; the assembled image is committed, so users do not):
;   mvn -B -o -q test -pl vdso -am -Dtest=VdsoImageTest -Dsurefire.failIfNoSpecifiedTests=false -Dring3.vdso.rebuild=true
; which runs `nasm -f bin -o <tmp> vdso.asm`, wraps the result into ELF with
; dev.ring3.vdso.VdsoElfWriter and writes src/main/resources/dev/ring3/vdso/vdso.so.
; VdsoImageTest checks the committed image equals a fresh build whenever nasm is installed.
;
; Output format (read by dev.ring3.vdso.VdsoText): the code, assembled for TEXT_VADDR, then a
; symbol trailer of (NUL-terminated name, dd start, dd size) entries ended by an empty name, then
; the footer dd trailer_offset, "R3VD". The ELF writer keeps only the code.
;
; Register use follows the SysV ABI: rax, rcx, rdx, rsi, rdi, r8-r11 are scratch; the fallback
; path keeps rdi/rsi/rdx untouched until its SYSCALL, which clobbers rcx and r11 (both scratch).

BITS 64
DEFAULT REL

TEXT_VADDR      equ 0x800               ; VdsoElfWriter.TEXT_VADDR: where .text sits in the image
ORG TEXT_VADDR

; The time page (dev.ring3.vdso.TimePageLayout; keep both in step, TimePageTest compares them).
TP_SEQ          equ 0x00                ; u32: odd while ring3 updates the high-resolution fields
TP_VERSION      equ 0x04                ; u32: layout version
TP_TSC_BASE     equ 0x08                ; u64: TSC at the moment the bases were taken (cycle_last)
TP_MAX_CYCLES   equ 0x10                ; u64: deltas up to this have a 64-bit product with MULT
TP_MULT         equ 0x18                ; u32: ns = (tsc - TSC_BASE) * mult >> shift
TP_SHIFT        equ 0x1c                ; u32
TP_SERVED       equ 0x20                ; u32: bit n set = clock id n is served here
TP_COARSE       equ 0x24                ; u32: bit n set = clock id n advances once per tick
TP_TICK_NS      equ 0x28                ; u64: the coarse clocks' tick (their clock_getres)
TP_TZ_MINUTESWEST equ 0x30            ; s32: gettimeofday's tz_minuteswest
TP_TZ_DSTTIME   equ 0x34                ; s32: and tz_dsttime
TP_HRES_NS      equ 0x38                ; u64: clock_getres of the other served clocks
TP_HRES         equ 0x40                ; u32: served clocks that are not coarse (the kernel's VDSO_HRES)
TP_BASE         equ 0x48                ; s64[32]: clock n in ns at TSC_BASE, or at the last tick if coarse
TP_TIME_SECONDS equ 0x148               ; s64: time(): CLOCK_REALTIME_COARSE's seconds (xtime_sec)

MAX_CLOCK       equ 31                  ; ids above (and negative dynamic ids) take the syscall
CLOCK_REALTIME  equ 0
CLOCK_MONOTONIC equ 1
NR_gettimeofday equ 96
NR_clock_gettime equ 228
NR_clock_getres equ 229

%define VVAR($off) [$$ - TEXT_VADDR - 0x1000 + $off]

; ---- hres_ns index, slow: rax = clock `index` in ns (r8 = the time page) -------------------------
; The kernel's do_hres() for the common case, written out in place. Leaves for `slow` (which
; starts over in clock_ns) when the page is being updated or the delta is long or negative.
; Clobbers rcx, rdx, r9, r10.
%macro hres_ns 2
%%retry:
        mov     r10d, [r8 + TP_SEQ]
        test    r10d, 1
        jnz     %2                      ; being updated: clock_ns waits
        lfence                          ; smp_rmb, and orders RDTSC after it (rdtsc_ordered)
        rdtsc
        shl     rdx, 32
        or      rax, rdx
        sub     rax, [r8 + TP_TSC_BASE]
        cmp     rax, [r8 + TP_MAX_CYCLES]
        ja      %2                      ; vdso_delta_ok failed (or the TSC is behind the base)
        mov     edx, [r8 + TP_MULT]     ; the loads first: the product's flags are then overwritten
        mov     ecx, [r8 + TP_SHIFT]    ; by the ADD before anything could see them
        mov     r9, [r8 + TP_BASE + %1 * 8]
        imul    rax, rdx
        shr     rax, cl
        add     rax, r9
        lfence                          ; smp_rmb before re-reading the counter
        cmp     r10d, [r8 + TP_SEQ]
        jne     %%retry
%endmacro

; ---- clock_ns: r11d = a high-resolution clock id, r8 = the time page -> rax = the clock in ns ------
; The general case: the kernel's do_hres() with the 128-bit product (mul_u64_u32_add_u64_shr)
; and a TSC behind the base read as the base (vdso_calc_delta). Clobbers rcx, rdx, r9, r10.
clock_ns:
.retry:
        mov     r9d, [r8 + TP_SEQ]
        test    r9d, 1
        jnz     .busy
        lfence
        rdtsc
        shl     rdx, 32
        or      rax, rdx
        sub     rax, [r8 + TP_TSC_BASE]
        jae     .delta
        xor     eax, eax
.delta:
        mov     r10d, [r8 + TP_MULT]
        mul     r10                     ; rdx:rax = delta * mult
        mov     ecx, [r8 + TP_SHIFT]
        shrd    rax, rdx, cl
        add     rax, [r8 + TP_BASE + r11 * 8]
        lfence
        cmp     r9d, [r8 + TP_SEQ]
        jne     .retry
        ret
.busy:
        pause
        jmp     .retry

; ---- int clock_gettime(clockid_t clk, struct timespec *ts) -------------------------------------
__vdso_clock_gettime:
        cmp     edi, MAX_CLOCK
        ja      .syscall                ; unsigned: negative ids (CPU-time and fd clocks) too
        mov     r11d, edi
        mov     ecx, edi
        mov     r9d, 1
        shl     r9d, cl                 ; the clock's bit (BIT(clock) in the kernel)
        lea     r8, VVAR(0)
        test    r9d, [r8 + TP_HRES]
        jz      .other
        hres_ns r11, .slow
.split:                                 ; seconds and nanoseconds: gcc's x / 1000000000UL
        mov     rcx, rax
        shr     rax, 9
        mov     rdx, 0x44B82FA09B5A53
        mul     rdx
        shr     rdx, 11
        mov     [rsi], rdx
        imul    rdx, rdx, 1000000000
        sub     rcx, rdx
        mov     [rsi + 8], rcx
        xor     eax, eax
        ret
.other:
        test    r9d, [r8 + TP_COARSE]
        jz      .syscall                ; not served (coarse clocks are served, the others HRES)
        mov     rax, [r8 + TP_BASE + r11 * 8] ; the kernel's do_coarse(): one 64-bit word, stored
        jmp     .split                  ; atomically at the tick, so no counter (as time())
.slow:
        call    clock_ns
        jmp     .split
.syscall:
        mov     eax, NR_clock_gettime
        syscall
        ret
__vdso_clock_gettime_end:

; ---- int gettimeofday(struct timeval *tv, struct timezone *tz) ---------------------------------
__vdso_gettimeofday:
        lea     r8, VVAR(0)
        test    rdi, rdi
        jz      .tz
        test    byte [r8 + TP_HRES], 1 << CLOCK_REALTIME
        jz      .other
        hres_ns CLOCK_REALTIME, .slow
.split:
        mov     rcx, rax
        shr     rax, 9
        mov     rdx, 0x44B82FA09B5A53
        mul     rdx
        shr     rdx, 11
        mov     [rdi], rdx
        imul    rdx, rdx, 1000000000
        sub     rcx, rdx
        shr     rcx, 3                  ; microseconds: gcc's x / 1000UL
        mov     rax, 0x20C49BA5E353F7CF
        mul     rcx
        shr     rdx, 4
        mov     [rdi + 8], rdx
.tz:
        test    rsi, rsi
        jz      .done
        mov     eax, [r8 + TP_TZ_MINUTESWEST]
        mov     [rsi], eax
        mov     eax, [r8 + TP_TZ_DSTTIME]
        mov     [rsi + 4], eax
.done:
        xor     eax, eax
        ret
.other:
        test    byte [r8 + TP_SERVED], 1 << CLOCK_REALTIME
        jz      .syscall
.slow:
        xor     r11d, r11d
        call    clock_ns
        jmp     .split
.syscall:
        mov     eax, NR_gettimeofday
        syscall
        ret
__vdso_gettimeofday_end:

; ---- time_t time(time_t *tloc) -----------------------------------------------------------------
; The kernel's __cvdso_time(): one 64-bit load of the seconds at the last tick, no counter.
__vdso_time:
        mov     rax, VVAR(TP_TIME_SECONDS)
        test    rdi, rdi
        jz      .done
        mov     [rdi], rax
.done:
        ret
__vdso_time_end:

; ---- int clock_getres(clockid_t clk, struct timespec *res) -------------------------------------
__vdso_clock_getres:
        cmp     edi, MAX_CLOCK
        ja      .syscall
        mov     eax, VVAR(TP_SERVED)
        bt      eax, edi
        jnc     .syscall
        test    rsi, rsi
        jz      .done
        mov     eax, VVAR(TP_COARSE)
        bt      eax, edi
        mov     rax, VVAR(TP_HRES_NS)
        jnc     .store
        mov     rax, VVAR(TP_TICK_NS)
.store:
        mov     qword [rsi], 0
        mov     [rsi + 8], rax
.done:
        xor     eax, eax
        ret
.syscall:
        mov     eax, NR_clock_getres
        syscall
        ret
__vdso_clock_getres_end:

; ---- int getcpu(unsigned *cpu, unsigned *node, void *unused) -----------------------------------
; RDTSCP's ECX is IA32_TSC_AUX, which Linux sets to (node << 12) | cpu (vdso_read_cpunode).
__vdso_getcpu:
        rdtscp
        test    rdi, rdi
        jz      .node
        mov     eax, ecx
        and     eax, 0xFFF
        mov     [rdi], eax
.node:
        test    rsi, rsi
        jz      .done
        shr     ecx, 12
        mov     [rsi], ecx
.done:
        xor     eax, eax
        ret
__vdso_getcpu_end:

; ---- symbol trailer ------------------------------------------------------------------------------
%macro export 2                         ; name, function label
        db      %1, 0
        dd      %2 - $$ + TEXT_VADDR, %2_end - %2
%endmacro

trailer:
        export  "__vdso_clock_gettime", __vdso_clock_gettime
        export  "clock_gettime", __vdso_clock_gettime
        export  "__vdso_gettimeofday", __vdso_gettimeofday
        export  "gettimeofday", __vdso_gettimeofday
        export  "__vdso_time", __vdso_time
        export  "time", __vdso_time
        export  "__vdso_clock_getres", __vdso_clock_getres
        export  "clock_getres", __vdso_clock_getres
        export  "__vdso_getcpu", __vdso_getcpu
        export  "getcpu", __vdso_getcpu
        db      0
        dd      trailer - $$
        db      "R3VD"
