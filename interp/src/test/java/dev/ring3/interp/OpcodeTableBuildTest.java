package dev.ring3.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The table {@link OpcodeTable#get} builds from the row files on two threads is the one they give
 * registered one after another on one: the same rows in the same order, with the same flags and
 * block ends, and the same candidates, most specific first, for every opcode of every map.
 */
class OpcodeTableBuildTest {
    @Test
    void theTwoThreadBuildIsTheSequentialOne() {
        OpcodeTable sequential = new OpcodeTable();
        OpcodeTable.Builder b = new OpcodeTable.Builder(sequential);
        for (RowSource source : RowSource.ALL) {
            source.register(b);
        }
        OpcodeTable built = OpcodeTable.get();
        assertEquals(describe(sequential.ops()), describe(built.ops()));
        for (int map = 0; map < sequential.maps.length; map++) {
            for (int opcode = 0; opcode < 256; opcode++) {
                OpcodeTable.Entry e = sequential.maps[map][opcode], a = built.maps[map][opcode];
                assertEquals(e == null, a == null, "map " + map + " opcode " + opcode);
                if (e != null) {
                    assertEquals(e.needsModrm, a.needsModrm, "map " + map + " opcode " + opcode);
                    assertEquals(describe(candidates(e)), describe(candidates(a)), "map " + map + " opcode " + opcode);
                }
            }
        }
    }

    /**
     * A method reference (or any lambda capturing nothing) in a row is an invokedynamic call site
     * that every start links on JDK 17 (~0.13 ms each: it was 100 ms of a hello world); rows name
     * their semantics through the generated {@code XSem} constants instead. Lambdas that capture
     * (wrappers such as X87Rows' FOP bookkeeping) are one call site for many rows and may stay.
     */
    @Test
    void rowsCallTheirSemanticsThroughNamedClassesNotMethodReferences() {
        List<String> refs = new ArrayList<>();
        int named = 0;
        List<Op> ops = OpcodeTable.get().ops();
        for (Op op : ops) {
            Class<?> c = op.exec.getClass();
            if (c.isHidden() && c.getDeclaredFields().length == 0) {
                refs.add(op.key + " " + op.mnemonic + " " + c.getName());
            } else if (c.getEnclosingClass() != null && c.getEnclosingClass().getSimpleName().endsWith("Sem")) {
                named++;
            }
        }
        assertEquals(List.of(), refs, "rows whose semantics are a non-capturing lambda");
        assertTrue(named * 2 > ops.size(), "rows calling a generated XSem constant directly: " + named + " of " + ops.size());
    }

    private static List<Op> candidates(OpcodeTable.Entry e) {
        List<Op> ops = new ArrayList<>();
        for (OpcodeTable.Candidate c : e.candidates) {
            ops.add(c.op);
        }
        return ops;
    }

    private static List<String> describe(List<Op> ops) {
        List<String> out = new ArrayList<>();
        for (Op op : ops) {
            out.add(op.key + " | " + op.mnemonic + " " + op.form + " | r" + op.reads() + " w" + op.writes() + " u"
                    + op.undefinedFlags() + (op.endsBlock() ? " ends" : "") + (op.lockable() ? " lock" : "") + " i"
                    + op.implicitRegs() + " " + op.exec.getClass().getName().replaceAll("\\$\\$Lambda.*", ""));
        }
        return out;
    }
}
