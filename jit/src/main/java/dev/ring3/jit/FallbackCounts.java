package dev.ring3.jit;

import dev.ring3.interp.Insn;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * How often translated code ran each instruction form through the interpreter's semantics (issue 3
 * item 6: emitters go where this says they pay). Regions compiled with a counter registry count
 * every such call in the form's {@link LongAdder}; {@code -Dring3.jit.log=true} compiles with
 * {@link #LOGGED} and prints it at exit, hottest first. Without a registry nothing is emitted.
 */
final class FallbackCounts {
    /** The JVM-wide registry of the translation log, or null when the log is off. */
    static final FallbackCounts LOGGED = Translator.LOG ? logged() : null;
    /** Rows printed at exit. */
    private static final int TOP = 40;

    private final Map<String, LongAdder> byForm = new ConcurrentHashMap<>();

    /** The counter of {@code in}'s form (made on first use; called by the compiler thread). */
    LongAdder counter(Insn in) {
        return byForm.computeIfAbsent(form(in), k -> new LongAdder());
    }

    /**
     * The form an instruction is counted under: prefixes that change what runs (LOCK, REP,
     * REPNE), the row's mnemonic and SDM operand forms, the operand size in bits, and whether
     * its ModRM operand is a register or memory; e.g. {@code "lock xadd Ev,Gv 32 mem"}.
     */
    static String form(Insn in) {
        StringBuilder sb = new StringBuilder();
        if ((in.prefixes & Insn.P_LOCK) != 0) {
            sb.append("lock ");
        }
        if ((in.prefixes & Insn.P_REP) != 0) {
            sb.append("rep ");
        }
        if ((in.prefixes & Insn.P_REPNE) != 0) {
            sb.append("repne ");
        }
        sb.append(in.op.mnemonic);
        if (!in.op.form.isEmpty()) {
            sb.append(' ').append(in.op.form);
        }
        sb.append(' ').append(in.opsize * 8);
        if (in.op.operands.hasModrm()) {
            sb.append(in.rm >= 0 ? " reg" : " mem");
        }
        return sb.toString();
    }

    /** The count of {@code form} so far (0 if never run). */
    long count(String form) {
        LongAdder a = byForm.get(form);
        return a == null ? 0 : a.sum();
    }

    /** Forms and counts, highest count first (ties by name). */
    List<Map.Entry<String, Long>> sorted() {
        List<Map.Entry<String, Long>> out = new ArrayList<>();
        byForm.forEach((k, v) -> out.add(Map.entry(k, v.sum())));
        out.sort(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        return out;
    }

    /** The table the log prints: one line per form, at most {@code top} of them, and the total. */
    String report(int top) {
        List<Map.Entry<String, Long>> rows = sorted();
        long total = 0;
        for (Map.Entry<String, Long> e : rows) {
            total += e.getValue();
        }
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("ring3-jit: fallbacks to semantics in translated code: %,d in %d forms%n", total, rows.size()));
        for (int i = 0; i < rows.size() && i < top; i++) {
            Map.Entry<String, Long> e = rows.get(i);
            sb.append(String.format("ring3-jit: %,15d  %5.1f%%  %s%n", e.getValue(),
                    total == 0 ? 0.0 : 100.0 * e.getValue() / total, e.getKey()));
        }
        return sb.toString();
    }

    private static FallbackCounts logged() {
        FallbackCounts c = new FallbackCounts();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> System.err.print(c.report(TOP)), "ring3-jit-fallbacks"));
        return c;
    }
}
