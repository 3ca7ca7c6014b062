package dev.ring3.interp;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The AMD host's RCPPS and RSQRTPS tables, measured on it: each result's significand is a 12-bit
 * entry chosen by the top 12 bits of the input's significand (checked over every input of one
 * exponent; the low 11 bits of every result are zero). Loaded on first use from
 * {@code amd-rcp-rsqrt.bin}, which {@code interp/src/test/resources/sse/amd_rcp_table.c} writes on
 * an AMD host (it refuses a host whose approximation has another shape); SseApproxNativeTest checks
 * the tables against the host whenever it is the AMD family they were measured on.
 */
final class AmdApproximations {
    private AmdApproximations() {}

    /** Entry i: the significand's top 12 bits of 1 / (1.i...) as an exponent-126 float. */
    static final short[] RCP = new short[4096];
    /** 1 / sqrt(1.i...) and 1 / sqrt(2 × 1.i...), both exponent-126 floats. */
    static final short[] RSQRT_EVEN = new short[4096], RSQRT_ODD = new short[4096];

    static {
        try (InputStream raw = AmdApproximations.class.getResourceAsStream("amd-rcp-rsqrt.bin");
             DataInputStream in = new DataInputStream(raw)) {
            for (short[] t : new short[][] {RCP, RSQRT_EVEN, RSQRT_ODD}) {
                for (int i = 0; i < t.length; i++) {
                    t[i] = in.readShort();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("ring3's jar lacks dev/ring3/interp/amd-rcp-rsqrt.bin", e);
        }
    }
}
