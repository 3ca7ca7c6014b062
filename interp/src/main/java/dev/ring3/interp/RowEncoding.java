package dev.ring3.interp;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * One opcode-table row's encoding constraints as the decoder sees them (its key, parsed), for
 * tools that write instructions from the table, such as the differential tester: which opcode map
 * and byte, the mandatory prefix, the ModRM /digit, mod and exact-byte constraints, REX.W/VEX.W,
 * and whether a ModRM byte follows the opcode at all.
 *
 * @param map        {@link OpcodeTable#MAP_ONE} .. {@link OpcodeTable#MAP_0F3A}; higher values are
 *                   VEX maps (VEX.mmmmm = map - 3)
 * @param opcode     the opcode byte (the lowest one for a {@code +r} row)
 * @param prefix     the mandatory prefix byte 0x66, 0xF2 or 0xF3 (VEX.pp for VEX rows); 0 for
 *                   none ({@code NP}); {@link #ANY} when the row takes any prefixes; {@link #NOT_REP}
 *                   when it takes none or 0x66 but not F2/F3
 * @param digit      ModRM.reg required, or {@link #ANY}
 * @param mod        3 when ModRM must name a register, 0 when it must name memory, or {@link #ANY}
 * @param modrmByte  the exact ModRM byte required, or {@link #ANY}
 * @param w          REX.W (VEX.W) required, or {@link #ANY}
 * @param modrm      a ModRM byte follows the opcode (for this opcode byte, whichever row matches)
 * @param sizeDefault 64 when the operand size defaults to 64 bits ({@code d64}), 65 when it is
 *                   always 64 bits ({@code f64}, near branches), else 0
 */
public record RowEncoding(Op op, int map, int opcode, boolean plusR, int prefix, int digit, int mod,
        int modrmByte, int w, boolean modrm, int sizeDefault) {
    public static final int ANY = -1, NOT_REP = -2;

    /** Every row of {@code table} (except {@link OpcodeTable#INVALID}), in the table's order. */
    public static List<RowEncoding> all(OpcodeTable table) {
        Map<Op, RowEncoding> byOp = new IdentityHashMap<>();
        for (int map = 0; map < table.maps.length; map++) {
            for (int b = 0; b < 256; b++) {
                OpcodeTable.Entry e = table.maps[map][b];
                if (e == null) {
                    continue;
                }
                for (OpcodeTable.Candidate c : e.candidates) {
                    if (!byOp.containsKey(c.op)) {
                        byOp.put(c.op, new RowEncoding(c.op, map, b, c.plusR, prefixByte(c.prefix), c.digit, c.mod,
                                c.modrmByte, c.w, e.needsModrm, c.sizeDefault));
                    }
                }
            }
        }
        List<RowEncoding> out = new ArrayList<>();
        for (Op op : table.ops()) {
            RowEncoding r = byOp.get(op);
            if (r != null) {
                out.add(r);
            }
        }
        return out;
    }

    private static int prefixByte(int p) {
        switch (p) {
            case OpcodeTable.PFX_ANY: return ANY;
            case OpcodeTable.PFX_NONE: return 0;
            case OpcodeTable.PFX_66: return 0x66;
            case OpcodeTable.PFX_F3: return 0xF3;
            case OpcodeTable.PFX_F2: return 0xF2;
            default: return NOT_REP;
        }
    }

    /** True for a VEX-encoded row. */
    public boolean vex() {
        return map > OpcodeTable.MAP_0F3A;
    }
}
