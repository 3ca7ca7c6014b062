package dev.ring3.benchmarks;

import dev.ring3.syscalls.Linux;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Runs one static guest program on a chosen engine, for bench/compare's ring3 columns while the
 * `ring3` command has no JIT option of its own: {@code GuestRun --engine=interp|jit|jit-all
 * PROGRAM [ARG...]}. The guest's stdio and exit status are ring3's, as with `ring3 PROGRAM`. JIT
 * modes use the engine's default configuration, as ring3 would.
 */
public final class GuestRun {
    private GuestRun() {}

    public static void main(String[] args) {
        List<String> rest = new ArrayList<>(Arrays.asList(args));
        String engine = "interp";
        while (!rest.isEmpty() && rest.get(0).startsWith("--engine=")) {
            engine = rest.remove(0).substring("--engine=".length());
        }
        if (rest.isEmpty()) {
            System.err.println("usage: GuestRun [--engine=interp|jit|jit-all] PROGRAM [ARG...]");
            System.exit(2);
        }
        Linux.Config c = new Linux.Config();
        c.executable = rest.get(0);
        c.argv = rest;
        c.quiet = true;
        switch (engine) {
            case "interp":
                c.engine = dev.ring3.interp.Interpreter::new;
                break;
            case "jit":
                c.engine = () -> new dev.ring3.jit.JitEngine(dev.ring3.jit.JitEngine.Mode.ON);
                break;
            case "jit-all":
                c.engine = () -> new dev.ring3.jit.JitEngine(dev.ring3.jit.JitEngine.Mode.ALL);
                break;
            default:
                System.err.println("GuestRun: unknown engine '" + engine + "' (interp, jit, jit-all)");
                System.exit(2);
        }
        int status = Linux.run(c);
        System.out.flush();
        // The background compiler thread must not keep the JVM alive, nor delay the exit.
        Runtime.getRuntime().halt(status);
    }
}
