package dev.ring3.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.ByteArrayOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every SSE/SSE2 row decodes back to itself from bytes built from its key, in register and
 * memory forms as the key allows: the keys are well-formed and no other row shadows them.
 */
class SseRowsTest {

    private static List<Op> sseRows() {
        OpcodeTable t = new OpcodeTable();
        SseRows.register(new OpcodeTable.Builder(t));
        return t.ops();
    }

    @Test
    void everyRowDecodesToItself() {
        Decoder dec = new Decoder();
        List<Op> ops = sseRows();
        assertFalse(ops.size() < 180, "only " + ops.size() + " rows");
        int checked = 0;
        for (Op op : ops) {
            for (int mod : new int[] {3, 0}) {
                byte[] code = encode(op, mod);
                if (code == null) {
                    continue;
                }
                Insn in = dec.decode(code, 0, code.length, 0x1000);
                assertEquals(op.key + " " + op.mnemonic, in.op.key + " " + in.op.mnemonic,
                        "bytes " + java.util.HexFormat.of().formatHex(code));
                assertEquals(code.length, in.len, op.toString());
                assertSame(op.exec.getClass(), in.op.exec.getClass(), op.toString());
                checked++;
            }
        }
        assertFalse(checked < 250, "checked only " + checked);
    }

    /** Bytes for the row with ModRM.mod = {@code mod}, or null if the row forbids that form. */
    static byte[] encode(Op op, int mod) {
        String[] t = op.key.split(" ");
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        int i = 0;
        switch (t[0]) {
            case "66": b.write(0x66); i++; break;
            case "F2": b.write(0xF2); i++; break;
            case "F3": b.write(0xF3); i++; break;
            case "NP": i++; break;
            default: break;
        }
        boolean w1 = op.key.contains("W1");
        if (w1) {
            b.write(0x48);
        }
        b.write(0x0F);
        i++;
        if ((t[i].equals("38") || t[i].equals("3A")) && i + 1 < t.length && t[i + 1].length() == 2) {
            b.write(Integer.parseInt(t[i++], 16));   // three-byte maps 0F 38 and 0F 3A
        }
        b.write(Integer.parseInt(t[i++], 16));
        int digit = 1;
        for (; i < t.length; i++) {
            if (t[i].startsWith("/")) {
                digit = Integer.parseInt(t[i].substring(1));
            } else if (t[i].equals("reg") && mod != 3 || t[i].equals("mem") && mod == 3) {
                return null;
            }
        }
        for (String f : op.form.split(",")) {
            if (f.startsWith("M") && mod == 3 || f.startsWith("U") && mod != 3) {
                return null;
            }
        }
        b.write(mod << 6 | digit << 3 | 2);   // rm = 2: xmm2 / rdx, [rdx]
        if (op.form.endsWith("Ib")) {
            b.write(0x5A);
        }
        return b.toByteArray();
    }
}
