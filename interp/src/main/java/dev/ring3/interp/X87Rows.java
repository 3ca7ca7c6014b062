package dev.ring3.interp;

/** Opcode-table rows (being written). */
final class X87Rows {
    private X87Rows() {}

    static void register(OpcodeTable.Builder b) {
    }
}
