package dev.ring3.syscalls.audit;

import dev.ring3.syscalls.Json;
import java.util.List;
import java.util.Map;

/**
 * Renders findings for people (a text block, one finding per paragraph with its calls and where
 * the guest made them) and for machines (one JSON object), and decides the --audit-fail outcome.
 */
public final class AuditReport {
    private AuditReport() {}

    /** True if some finding is at least {@code threshold} (null: never). */
    public static boolean fails(List<Finding> findings, Severity threshold) {
        if (threshold == null) {
            return false;
        }
        for (Finding f : findings) {
            if (f.severity().compareTo(threshold) >= 0) {
                return true;
            }
        }
        return false;
    }

    public static String text(String program, List<Finding> findings) {
        StringBuilder sb = new StringBuilder();
        sb.append("ring3 audit of ").append(program).append(": ");
        if (findings.isEmpty()) {
            return sb.append("no findings").append(System.lineSeparator()).toString();
        }
        sb.append(findings.size()).append(findings.size() == 1 ? " finding" : " findings").append(" (");
        boolean first = true;
        for (Map.Entry<Severity, Integer> c : counts(findings).entrySet()) {
            if (c.getValue() > 0) {
                sb.append(first ? "" : ", ").append(c.getValue()).append(' ').append(c.getKey().word());
                first = false;
            }
        }
        sb.append(')').append(System.lineSeparator());
        for (Finding f : findings) {
            sb.append(System.lineSeparator());
            sb.append(String.format("%-6s %s: %s", f.severity().name(), f.rule().id(), f.rule().title()))
                    .append(System.lineSeparator());
            for (AuditEvent e : f.events()) {
                sb.append("    ").append(e.line != null ? e.line : e.name).append(System.lineSeparator());
                sb.append("        pid ").append(e.pid).append(" at 0x").append(Long.toHexString(e.rip));
                if (e.symbol != null) {
                    sb.append(" <").append(e.symbol).append('>');
                }
                String d = e.detail();
                if (!d.isEmpty()) {
                    sb.append(": ").append(d);
                }
                sb.append(System.lineSeparator());
            }
        }
        return sb.toString();
    }

    private static Map<Severity, Integer> counts(List<Finding> findings) {
        Map<Severity, Integer> m = new java.util.LinkedHashMap<>();
        for (int i = Severity.values().length - 1; i >= 0; i--) {
            m.put(Severity.values()[i], 0);
        }
        for (Finding f : findings) {
            m.merge(f.severity(), 1, Integer::sum);
        }
        return m;
    }

    /** {"program":..., "exit_status":N, "findings":[{"rule","severity","title","calls":[...]}]}. */
    public static String json(String program, int exitStatus, List<Finding> findings) {
        StringBuilder sb = new StringBuilder();
        sb.append("{\"program\":");
        string(sb, program);
        Json.field(sb, "exit_status", exitStatus);
        sb.append(",\"counts\":{");
        boolean first = true;
        for (Map.Entry<Severity, Integer> c : counts(findings).entrySet()) {
            sb.append(first ? "" : ",");
            string(sb, c.getKey().word());
            sb.append(':').append(c.getValue());
            first = false;
        }
        sb.append("},\"findings\":[");
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            sb.append(i > 0 ? "," : "").append("{\"rule\":");
            string(sb, f.rule().id());
            Json.field(sb, "severity", f.severity().word());
            Json.field(sb, "title", f.rule().title());
            sb.append(",\"calls\":[");
            for (int j = 0; j < f.events().size(); j++) {
                AuditEvent e = f.events().get(j);
                sb.append(j > 0 ? "," : "").append("{\"syscall\":");
                string(sb, e.name);
                Json.field(sb, "line", e.line);
                Json.field(sb, "result", e.result);
                Json.field(sb, "pid", e.pid);
                Json.field(sb, "tid", e.tid);
                Json.field(sb, "rip", "0x" + Long.toHexString(e.rip));
                Json.field(sb, "symbol", e.symbol);
                if (e.path != null) {
                    Json.field(sb, "path", e.path);
                }
                if (e.address != null) {
                    Json.field(sb, "address", AuditEvent.describe(e.address));
                }
                sb.append('}');
            }
            sb.append("]}");
        }
        return sb.append("]}").append(System.lineSeparator()).toString();
    }

    private static void string(StringBuilder sb, String s) {
        Json.string(sb, s);
    }
}
