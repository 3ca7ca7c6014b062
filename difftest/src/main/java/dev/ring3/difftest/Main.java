package dev.ring3.difftest;

import dev.ring3.interp.RowEncoding;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Runs a differential campaign from the command line (docs/difftest.md):
 * <pre>
 *   java -cp ... dev.ring3.difftest.Main [--seed N|random] [--encodings N] [--states N]
 *        [--only REGEX] [--no-jit] [--noise] [--findings] [--undefined] [--sequences N] [--reports N] [--dir DIR]
 * </pre>
 * prints one line per form, the differences in full, and the totals; exits with 1 when ring3
 * differs from the host, 2 on bad usage or when the host cannot be the oracle.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) throws Exception {
        long seed = new SecureRandom().nextLong();
        int encodings = 8, states = 16, reports = 3;
        boolean jit = true, noise = false, findings = false, undefined = false;
        int sequences = 0;
        Predicate<RowEncoding> filter = r -> true;
        Path dir = null;
        try {
            for (int k = 0; k < args.length; k++) {
                String a = args[k];
                switch (a) {
                    case "--seed": {
                        String v = value(args, ++k, a);
                        seed = v.equals("random") ? new SecureRandom().nextLong() : Long.decode(v);
                        break;
                    }
                    case "--encodings": encodings = Integer.parseInt(value(args, ++k, a)); break;
                    case "--states": states = Integer.parseInt(value(args, ++k, a)); break;
                    case "--reports": reports = Integer.parseInt(value(args, ++k, a)); break;
                    case "--no-jit": jit = false; break;
                    case "--noise": noise = true; break;
                    case "--findings": findings = true; break;
                    case "--undefined": undefined = true; break;
                    case "--sequences": sequences = Integer.parseInt(value(args, ++k, a)); break;
                    case "--dir": dir = Path.of(value(args, ++k, a)); break;
                    case "--only": {
                        Pattern p = Pattern.compile(value(args, ++k, a));
                        filter = r -> p.matcher(r.op().mnemonic).matches()
                                || p.matcher(r.op().mnemonic + " " + r.op().form).matches()
                                || p.matcher(r.op().key).matches();
                        break;
                    }
                    default: throw new IllegalArgumentException("unknown option " + a);
                }
            }
            if (encodings < 1 || states < 1) {
                throw new IllegalArgumentException("--encodings and --states must be at least 1");
            }
        } catch (IllegalArgumentException e) {
            System.err.println("difftest: " + e.getMessage());
            System.err.println("usage: difftest [--seed N|random] [--encodings N] [--states N] [--only REGEX] "
                    + "[--no-jit] [--noise] [--findings] [--undefined] [--sequences N] [--reports N] [--dir DIR]");
            System.exit(2);
            return;
        }
        String why = NativeHarness.unavailable();
        if (why != null) {
            System.err.println("difftest: " + why);
            System.exit(2);
            return;
        }
        if (dir == null) {
            dir = Files.createTempDirectory("ring3-difftest");
        } else {
            Files.createDirectories(dir);
        }
        Campaign c = new Campaign(new Campaign.Config(seed, encodings, states, jit, filter, reports, noise));
        if (findings) {
            c.runFindings(dir, Findings.load());
        } else if (undefined) {
            c.runUndefined(dir);
        } else if (sequences > 0) {
            c.runSequences(dir, sequences);
        } else {
            c.run(dir);
        }
        c.print(System.out);
        System.exit(c.failures() > 0 || !c.uncovered().isEmpty() ? 1 : 0);
    }

    private static String value(String[] args, int k, String option) {
        if (k >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[k];
    }
}
