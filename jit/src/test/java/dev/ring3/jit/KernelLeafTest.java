package dev.ring3.jit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ring3.interp.SseKernels;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.bytebuddy.jar.asm.ClassReader;
import net.bytebuddy.jar.asm.ClassVisitor;
import net.bytebuddy.jar.asm.Handle;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;
import net.bytebuddy.jar.asm.Type;
import org.junit.jupiter.api.Test;

/**
 * Regression test for sha256's two speeds on JDK 25 (docs/jit.md): the SSE lane kernels that
 * translated code calls must call nothing themselves. C2 decides a call inside a callee on the
 * callee's own profile, which a method only translated code runs may not have yet when a region
 * is compiled, so a kernel that wrapped another was inlined in some runs and stayed a call in
 * others. The kernels are SseKernels' public methods on primitive operands; those taking the CPU
 * are the exact floating-point paths, which run only for operands the fast path refuses.
 */
class KernelLeafTest {
    @Test
    void everyLaneKernelIsALeaf() throws IOException {
        List<String> kernels = new ArrayList<>();
        List<String> calls = new ArrayList<>();
        try (InputStream in = SseKernels.class.getResourceAsStream("SseKernels.class")) {
            new ClassReader(in).accept(new ClassVisitor(Opcodes.ASM9) {
                @Override
                public MethodVisitor visitMethod(int access, String name, String desc, String sig, String[] ex) {
                    boolean kernel = (access & (Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC)) == (Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC)
                            && Type.getReturnType(desc).getSort() <= Type.DOUBLE
                            && Arrays.stream(Type.getArgumentTypes(desc)).allMatch(t -> t.getSort() <= Type.DOUBLE);
                    if (!kernel) {
                        return null;
                    }
                    kernels.add(name);
                    return new MethodVisitor(Opcodes.ASM9) {
                        @Override
                        public void visitMethodInsn(int op, String owner, String callee, String d, boolean itf) {
                            calls.add(name + " calls " + owner + "." + callee);
                        }

                        @Override
                        public void visitInvokeDynamicInsn(String callee, String d, Handle bsm, Object... args) {
                            calls.add(name + " calls indy " + callee);
                        }
                    };
                }
            }, 0);
        }
        for (String k : new String[] {"addLanes", "subLanes", "equalLanes", "greaterLanes", "pickLanes", "minMaxBytes",
            "pmullw", "pmuludq", "shiftLanes", "unpack", "pack", "packUswb", "packSswb", "packSsdw", "equalBytes", "equalWords", "equalDwords", "minBytes", "maxBytes", "greaterBytes", "greaterWords", "greaterDwords", "minWords", "maxWords", "pshufd", "shufps", "palignr", "byteShift", "byteSigns"}) {
            assertTrue(kernels.contains(k), k + " is not among the kernels checked: " + kernels);
        }
        assertEquals(List.of(), calls);
    }
}
