package dev.ring3.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
