package dev.ring3.interp;

import java.util.ArrayList;
import java.util.List;

/**
 * One opcode-table row's encoding constraints as the decoder sees them (its key, parsed by
 * {@link OpcodeTable#parseKey}, the decoder's and the disassembler's reading), for
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

    /** Every row of {@code table} (except {@link OpcodeTable#INVALID} and {@link OpcodeTable#TOO_LONG}), in the table's order. */
    public static List<RowEncoding> all(OpcodeTable table) {
        List<RowEncoding> out = new ArrayList<>();
        for (Op op : table.ops()) {
            if (!OpcodeTable.decoded(op)) {
                continue;
            }
            OpcodeTable.Key k = OpcodeTable.parseKey(op.key);     // the decoder's own reading of the key
            int prefix = k.prefix == OpcodeTable.PFX_ANY ? ANY : k.prefix == OpcodeTable.PFX_NFX ? NOT_REP : k.prefixByte();
            out.add(new RowEncoding(op, k.map, k.opcode, k.plusR, prefix, k.digit, k.mod, k.modrmByte, k.w,
                    table.maps[k.map][k.opcode].needsModrm, k.sizeDefault));
        }
        return out;
    }

    /** True for a VEX-encoded row. */
    public boolean vex() {
        return map > OpcodeTable.MAP_0F3A;
    }
}
