package dev.ring3.difftest;

import dev.ring3.interp.Flags;
import dev.ring3.interp.Op;
import dev.ring3.interp.UndefinedFlags;
import java.util.ArrayList;
import java.util.List;

/**
 * The two lists the tester reads (resources next to these classes): {@code exclusions.txt}, the
 * forms it does not run, and {@code known-differences.txt}, the forms whose differences from the
 * host are known and documented, with what to leave out of the comparison. Every line names its
 * reason; a line without one is an error.
 *
 * <pre>
 *   exclusions.txt:         SELECTOR  reason...
 *   known-differences.txt:  SELECTOR  MASKS  reason...
 * </pre>
 * SELECTOR is a mnemonic, or mnemonic:forms ("mov:Sw,Ew"), or * for every form, optionally followed by
 * {@code @intel} or {@code @amd}: the rule then holds only on a host of that vendor (as
 * {@link UndefinedFlags#INTEL} tells them apart). MASKS is a comma-separated list of
 * {@code flags=AF+OF} (RFLAGS bits), {@code st} (the x87 registers), {@code fsw=C1} (status word
 * bits: C0 C1 C2 C3 or a hex mask), {@code ftw} (the abridged tag word), {@code xmm} (XMM registers), {@code mxcsr=HEX} (MXCSR bits),
 * {@code mem=OFF+LEN} (bytes OFF..OFF+LEN-1 of the memory operand), {@code fpe-mxcsr=HEX} (MXCSR
 * bits, only in cases where the host raised SIGFPE), {@code fpu-pointers} (FOP, FIP and FDP of
 * the FXSAVE image), or {@code all} (nothing is compared; the cases count as known differences, never as passes).
 */
final class FormRules {
    /** What a known difference leaves out of the comparison. */
    record Mask(long flags, boolean st, int fsw, boolean xmm, int mxcsr, boolean all, int memOff, int memLen,
            int mxcsrOnFpe, boolean fpuPointers, boolean ftw) {
        static final Mask NONE = new Mask(0, false, 0, false, 0, false, 0, 0, 0, false, false);

        /** Both masks at once (a form's own rule and the rules for every form). */
        Mask and(Mask o) {
            return new Mask(flags | o.flags, st || o.st, fsw | o.fsw, xmm || o.xmm, mxcsr | o.mxcsr, all || o.all,
                    memLen != 0 ? memOff : o.memOff, memLen != 0 ? memLen : o.memLen, mxcsrOnFpe | o.mxcsrOnFpe,
                    fpuPointers || o.fpuPointers, ftw || o.ftw);
        }
    }

    /** A line of a list; {@code vendor} is "intel", "amd" or null for every host. */
    record Rule(String mnemonic, String form, String vendor, Mask mask, String reason) {
        /** True if the rule holds for {@code op} on this host. */
        boolean matches(Op op) {
            return (vendor == null || vendor.equals(UndefinedFlags.INTEL ? "intel" : "amd")) && names(op);
        }

        /** True if the selector names {@code op}, whatever the host. */
        boolean names(Op op) {
            return (mnemonic.equals("*") || op.mnemonic.equals(mnemonic)) && (form == null || op.form.equals(form));
        }

        String selector() {
            return (form == null ? mnemonic : mnemonic + ":" + form) + (vendor == null ? "" : "@" + vendor);
        }
    }

    private FormRules() {}

    static List<Rule> exclusions() {
        return load("exclusions.txt", false);
    }

    static List<Rule> knownDifferences() {
        return load("known-differences.txt", true);
    }

    /** The first rule for {@code op} by its mnemonic (rules for every form, "*", are not returned). */
    static Rule find(List<Rule> rules, Op op) {
        for (Rule r : rules) {
            if (!r.mnemonic().equals("*") && r.matches(op)) {
                return r;
            }
        }
        return null;
    }

    /** What to leave out for {@code op}: its own rule's mask and those of the rules for every form. */
    static Mask mask(List<Rule> rules, Op op) {
        Mask m = Mask.NONE;
        for (Rule r : rules) {
            if (r.matches(op)) {
                m = m.and(r.mask());
            }
        }
        return m;
    }

    private static List<Rule> load(String name, boolean withMasks) {
        List<Rule> rules = new ArrayList<>();
        for (ListingLines.Line l : ListingLines.read(name)) {
            String t = l.text();
            String[] parts = t.split("\\s+", withMasks ? 3 : 2);
            if (parts.length < (withMasks ? 3 : 2)) {
                throw new IllegalStateException(name + ":" + l.no() + ": needs a reason: " + t);
            }
            String sel = parts[0];
            int at = sel.indexOf('@');
            String vendor = at < 0 ? null : sel.substring(at + 1);
            if (vendor != null && !vendor.equals("intel") && !vendor.equals("amd")) {
                throw new IllegalStateException(name + ":" + l.no() + ": vendor " + vendor + " (intel or amd)");
            }
            if (at >= 0) {
                sel = sel.substring(0, at);
            }
            int colon = sel.indexOf(':');
            String mnemonic = colon < 0 ? sel : sel.substring(0, colon);
            String form = colon < 0 ? null : sel.substring(colon + 1);
            Mask mask = withMasks ? parseMask(parts[1], name + ":" + l.no()) : Mask.NONE;
            rules.add(new Rule(mnemonic, form, vendor, mask, parts[withMasks ? 2 : 1]));
        }
        return rules;
    }

    private static Mask parseMask(String spec, String where) {
        long flags = 0;
        boolean st = false, xmm = false, all = false, ptrs = false, ftw = false;
        int fsw = 0, mxcsr = 0, memOff = 0, memLen = 0, fpe = 0;
        for (String m : spec.split(",")) {
            String[] kv = m.split("=", 2);
            switch (kv[0]) {
                case "all": all = true; break;
                case "st": st = true; break;
                case "fpu-pointers": ptrs = true; break;
                case "ftw": ftw = true; break;
                case "xmm": xmm = true; break;
                case "flags":
                    for (String f : kv[1].split("\\+")) {
                        flags |= switch (f) {
                            case "CF" -> Flags.CF;
                            case "PF" -> Flags.PF;
                            case "AF" -> Flags.AF;
                            case "ZF" -> Flags.ZF;
                            case "SF" -> Flags.SF;
                            case "OF" -> Flags.OF;
                            default -> throw new IllegalStateException(where + ": flag " + f);
                        };
                    }
                    break;
                case "fsw":
                    for (String f : kv[1].split("\\+")) {
                        fsw |= switch (f) {
                            case "C0" -> 0x100;
                            case "C1" -> 0x200;
                            case "C2" -> 0x400;
                            case "C3" -> 0x4000;
                            default -> Integer.parseInt(f, 16);
                        };
                    }
                    break;
                case "mxcsr": mxcsr = Integer.parseInt(kv[1], 16); break;
                case "fpe-mxcsr": fpe = Integer.parseInt(kv[1], 16); break;
                case "mem": {
                    String[] ol = kv[1].split("\\+");
                    memOff = Integer.parseInt(ol[0]);
                    memLen = Integer.parseInt(ol[1]);
                    break;
                }
                default: throw new IllegalStateException(where + ": unknown mask " + m);
            }
        }
        return new Mask(flags, st, fsw, xmm, mxcsr, all, memOff, memLen, fpe, ptrs, ftw);
    }
}
