package dev.ring3.difftest;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ring3.interp.Cpu;
import dev.ring3.interp.OpcodeTable;
import dev.ring3.interp.RowEncoding;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The generator's encodings: registers a row uses implicitly are kept out of its addresses. */
class EncoderTest {
    @Test
    void mulxsImplicitRdxIsRarelyAnAddressRegister() {
        RowEncoding mulx = RowEncoding.all(OpcodeTable.get()).stream()
                .filter(r -> r.op().mnemonic.equals("mulx") && r.w() == 1).findFirst().orElseThrow();
        assertTrue((mulx.op().implicitRegs() & 1 << Cpu.RDX) != 0, "the table names MULX's RDX");
        Random r = new Random(7);
        int memory = 0, viaRdx = 0;
        for (int k = 0; k < 2000; k++) {
            Encoding e = Encoder.encode(mulx, r);
            assertNotNull(e);
            if (e.mem >= 0) {
                memory++;
                if (e.insn.base == Cpu.RDX || e.insn.index == Cpu.RDX) {
                    viaRdx++;
                }
            }
        }
        // Without the rule about one memory case in eleven addresses through RDX (base or index).
        assertTrue(memory > 500, "memory forms: " + memory);
        assertTrue(viaRdx > 0 && viaRdx * 40 < memory, viaRdx + " of " + memory + " address through RDX");
    }
}
