package dev.ring3.cli;

import dev.ring3.guest.RunResult;
import dev.ring3.guest.SignalNames;
import java.util.ArrayList;
import java.util.List;

/**
 * The exact comparison of a native run with a ring3 run: stdout, stderr and exit status must be
 * identical; after a death by signal ring3's diagnostics must name the signal as a shell would
 * (and say nothing of SIGINT and SIGPIPE, as bash does not).
 */
final class Differential {
    private Differential() {}

    static void assertSame(String id, RunResult nat, Ring3Run.Outcome ring3) {
        RunResult emu = ring3.result();
        List<String> problems = new ArrayList<>();
        if (nat.status() != emu.status()) {
            problems.add("status: native " + nat.describeStatus() + ", ring3 " + emu.describeStatus());
        }
        String out = RunResult.firstDifference("stdout", nat.stdout(), emu.stdout());
        if (out != null) {
            problems.add(out);
        }
        String err = RunResult.firstDifference("stderr", nat.stderr(), emu.stderr());
        if (err != null) {
            problems.add(err);
        }
        int sig = nat.signal();
        if (sig != 0 && SignalNames.shellReports(sig) && !ring3.diagnostics().contains(SignalNames.shellName(sig))) {
            problems.add("diagnostics lack the death line \"" + SignalNames.shellName(sig) + "\"");
        }
        if (sig != 0 && !SignalNames.shellReports(sig) && ring3.diagnostics().contains(SignalNames.shellName(sig))) {
            problems.add("diagnostics have a death line \"" + SignalNames.shellName(sig) + "\", which bash does not print");
        }
        if (!problems.isEmpty()) {
            String diag = ring3.diagnostics().strip();
            if (diag.length() > 2000) {
                diag = diag.substring(0, 2000) + "...";
            }
            throw new AssertionError(id + ":\n" + String.join("\n", problems)
                    + (diag.isEmpty() ? "" : "\nring3 diagnostics:\n" + diag));
        }
    }
}
