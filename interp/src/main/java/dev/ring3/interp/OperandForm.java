package dev.ring3.interp;

import java.util.ArrayList;
import java.util.List;

/**
 * What the decoder needs to know about a row's operand forms ("Ev,Ib", "Vsd,Wsd", "Zv,Iv"): whether
 * a ModRM byte follows, which immediates follow it and how the operand size is chosen. Parsed once
 * from the SDM notation in the table (Intel SDM Vol. 2 Appendix A.2).
 */
public final class OperandForm {
    /** Immediate kinds, in encoding order. */
    public static final int IMM_B = 1, IMM_W = 2, IMM_D = 3, IMM_Z = 4, IMM_V = 5, IMM_Q = 6,
            REL_B = 7, REL_Z = 8, MOFFS = 9;

    /** Operand size rules. */
    public static final int SIZE_V = 0, SIZE_B = 1, SIZE_W = 2, SIZE_D = 3, SIZE_Q = 4, SIZE_Y = 5, SIZE_X = 6;

    final boolean modrm;
    /** 0: register or memory; 1: ModRM must be memory (M); 2: must be register (R, U, N). */
    final int rmKind;
    final int[] imms;
    final int sizeRule;
    /** Operand tokens as written. */
    final String[] tokens;
    /** Byte-sized register operands, which name AH..BH for 4..7 when there is no REX prefix. */
    final boolean regIsByte, rmIsByte, opcodeRegIsByte;
    /**
     * An operand is VEX.vvvv: B (a general register, SDM Vol. 2 A.2.1) or H (an XMM register).
     * Without one, VEX.vvvv must be 1111b or the instruction is #UD.
     */
    final boolean vvvv;
    /**
     * A control or debug register operand (C, D): ModRM.mod is ignored and rm always names a
     * general register (SDM Vol. 2 MOV to/from CRn, DRn).
     */
    final boolean modIgnored;

    private OperandForm(boolean modrm, int rmKind, int[] imms, int sizeRule, String[] tokens) {
        this.modrm = modrm;
        this.rmKind = rmKind;
        this.imms = imms;
        this.sizeRule = sizeRule;
        this.tokens = tokens;
        boolean g = false, e = false, z = false, v = false, cd = false;
        for (String t : tokens) {
            String tt = t.trim();
            cd |= tt.length() >= 2 && (tt.charAt(0) == 'C' || tt.charAt(0) == 'D') && Character.isLowerCase(tt.charAt(1));
            g |= tt.equals("Gb");
            e |= tt.equals("Eb") || tt.equals("Rb");
            z |= tt.equals("Zb");
            v |= tt.length() >= 2 && (tt.charAt(0) == 'B' || tt.charAt(0) == 'H') && Character.isLowerCase(tt.charAt(1));
        }
        this.regIsByte = g;
        this.rmIsByte = e;
        this.opcodeRegIsByte = z;
        this.vvvv = v;
        this.modIgnored = cd;
    }

    public boolean hasModrm() { return modrm; }

    public List<String> tokens() { return List.of(tokens); }

    /** Parsed forms by text: most rows share theirs ("Ev,Gv", "Vx,Wx"), and the table is built at every start. */
    private static final java.util.concurrent.ConcurrentHashMap<String, OperandForm> PARSED = new java.util.concurrent.ConcurrentHashMap<>();

    /** The parsed form of {@code form}, shared by every row that writes it the same way (forms are immutable). */
    static OperandForm of(String form) {
        OperandForm f = PARSED.get(form);
        if (f == null) {
            f = parse(form);
            OperandForm raced = PARSED.putIfAbsent(form, f);
            f = raced != null ? raced : f;
        }
        return f;
    }

    static OperandForm parse(String form) {
        String[] toks = form.isEmpty() ? new String[0] : form.split(",");
        boolean modrm = false;
        int rmKind = 0;
        int sizeRule = -1;
        List<Integer> imms = new ArrayList<>();
        for (String t : toks) {
            t = t.trim();
            if (t.isEmpty()) {
                throw new IllegalArgumentException("empty operand in '" + form + "'");
            }
            char c = t.charAt(0);
            String sz = t.substring(1);
            boolean addressing = Character.isUpperCase(c) && t.length() >= 2 && Character.isLowerCase(t.charAt(1));
            if (!addressing) {
                // Fixed registers and constants: AL, CL, DX, rAX, eAX, 1, ST0 ...
                if (sizeRule < 0) {
                    if (t.equals("AL") || t.equals("CL")) sizeRule = SIZE_B;
                    else if (t.equals("rAX") || t.equals("eAX")) sizeRule = SIZE_V;
                }
                continue;
            }
            switch (c) {
                case 'E': case 'G': case 'S': case 'C': case 'D': case 'P': case 'Q': case 'V': case 'W':
                    modrm = true;
                    break;
                case 'M':
                    modrm = true;
                    rmKind = 1;
                    break;
                case 'R': case 'U': case 'N':
                    modrm = true;
                    rmKind = 2;
                    break;
                case 'I':
                    imms.add(switch (sz) {
                        case "b" -> IMM_B;
                        case "w" -> IMM_W;
                        case "d" -> IMM_D;
                        case "z" -> IMM_Z;
                        case "v" -> IMM_V;
                        case "q" -> IMM_Q;
                        default -> throw new IllegalArgumentException("immediate " + t + " in '" + form + "'");
                    });
                    break;
                case 'J':
                    imms.add(sz.equals("b") ? REL_B : REL_Z);
                    break;
                case 'O':
                    imms.add(MOFFS);
                    break;
                case 'Z': case 'X': case 'Y': case 'H': case 'B':
                    break;
                default:
                    throw new IllegalArgumentException("operand " + t + " in '" + form + "'");
            }
            if (sizeRule < 0 && c != 'I' && c != 'J') {
                sizeRule = sizeRuleOf(sz);
            }
        }
        int[] arr = new int[imms.size()];
        for (int k = 0; k < arr.length; k++) {
            arr[k] = imms.get(k);
        }
        return new OperandForm(modrm, rmKind, arr, sizeRule < 0 ? SIZE_V : sizeRule, toks);
    }

    private static int sizeRuleOf(String sz) {
        return switch (sz) {
            case "b" -> SIZE_B;
            case "w" -> SIZE_W;
            case "d" -> SIZE_D;
            case "q" -> SIZE_Q;
            case "v", "z" -> SIZE_V;
            case "y" -> SIZE_Y;
            default -> SIZE_X;
        };
    }
}
