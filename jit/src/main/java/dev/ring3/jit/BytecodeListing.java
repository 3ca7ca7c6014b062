package dev.ring3.jit;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import net.bytebuddy.jar.asm.ClassReader;
import net.bytebuddy.jar.asm.ClassVisitor;
import net.bytebuddy.jar.asm.Handle;
import net.bytebuddy.jar.asm.Label;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;

/**
 * A textual listing of generated class bytes, one instruction a line, for golden tests and for
 * reading what the compiler emitted (ByteBuddy's bundled ASM has no Textifier). Labels are
 * numbered in order of appearance so the text is stable.
 */
final class BytecodeListing {
    private static final String[] NAMES = opcodeNames();

    private BytecodeListing() {}

    static String of(byte[] classBytes) {
        StringBuilder sb = new StringBuilder();
        new ClassReader(classBytes).accept(new ClassVisitor(Opcodes.ASM9) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String desc, String sig, String[] ex) {
                sb.append("method ").append(name).append(desc).append('\n');
                return new Printer(sb);
            }
        }, 0);
        return sb.toString();
    }

    /** The listing of the method {@code name} alone (its header line first), or "" if absent. */
    static String method(byte[] classBytes, String name) {
        String all = of(classBytes);
        int at = all.startsWith("method " + name + "(") ? 0 : all.indexOf("\nmethod " + name + "(");
        if (at < 0) {
            return "";
        }
        at = all.indexOf("method ", at);
        int end = all.indexOf("\nmethod ", at);
        return end < 0 ? all.substring(at) : all.substring(at, end + 1);
    }

    private static final class Printer extends MethodVisitor {
        private final StringBuilder sb;
        private final java.util.Map<Label, Integer> labels = new java.util.HashMap<>();

        Printer(StringBuilder sb) {
            super(Opcodes.ASM9);
            this.sb = sb;
        }

        private String label(Label l) {
            return "L" + labels.computeIfAbsent(l, k -> labels.size());
        }

        private void line(int opcode, String operand) {
            sb.append("    ").append(NAMES[opcode]);
            if (!operand.isEmpty()) {
                sb.append(' ').append(operand);
            }
            sb.append('\n');
        }

        @Override public void visitInsn(int opcode) { line(opcode, ""); }
        @Override public void visitIntInsn(int opcode, int operand) { line(opcode, Integer.toString(operand)); }
        @Override public void visitVarInsn(int opcode, int var) { line(opcode, Integer.toString(var)); }
        @Override public void visitTypeInsn(int opcode, String type) { line(opcode, type); }
        @Override public void visitFieldInsn(int opcode, String owner, String name, String desc) {
            line(opcode, owner.replaceAll("Region_[0-9a-f]+", "Region") + "." + name + " " + desc);
        }
        @Override public void visitMethodInsn(int opcode, String owner, String name, String desc, boolean itf) {
            line(opcode, owner + "." + name + desc);
        }
        @Override public void visitJumpInsn(int opcode, Label l) { line(opcode, label(l)); }
        @Override public void visitLabel(Label l) { sb.append("  ").append(label(l)).append(":\n"); }
        @Override public void visitLdcInsn(Object v) {
            sb.append("    LDC ").append(v).append(v instanceof Long ? "L" : "").append('\n');
        }
        @Override public void visitIincInsn(int var, int inc) { sb.append("    IINC ").append(var).append(' ').append(inc).append('\n'); }
        @Override public void visitTryCatchBlock(Label s, Label e, Label h, String type) {
            sb.append("    TRY ").append(label(s)).append(' ').append(label(e)).append(" -> ").append(label(h))
                    .append(' ').append(type).append('\n');
        }
        @Override public void visitInvokeDynamicInsn(String name, String desc, Handle bsm, Object... args) {
            sb.append("    INVOKEDYNAMIC ").append(name).append(desc).append('\n');
        }
    }

    private static String[] opcodeNames() {
        String[] names = new String[256];
        for (Field f : Opcodes.class.getFields()) {
            String n = f.getName();
            boolean notOpcode = n.startsWith("ACC_") || n.startsWith("T_") || n.startsWith("H_") || n.startsWith("F_")
                    || n.matches("V[0-9_].*|V_PREVIEW") || n.startsWith("ASM") || n.startsWith("SOURCE_");
            if (f.getType() == int.class && Modifier.isStatic(f.getModifiers()) && !notOpcode) {
                try {
                    int v = f.getInt(null);
                    if (v >= 0 && v < 256 && names[v] == null) {
                        names[v] = n;
                    }
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        for (int i = 0; i < 256; i++) {
            if (names[i] == null) {
                names[i] = "OP" + i;
            }
        }
        return names;
    }
}
