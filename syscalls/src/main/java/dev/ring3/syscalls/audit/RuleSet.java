package dev.ring3.syscalls.audit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The audit's rules as data, parsed from the rule file format that audit-rules.txt documents
 * (named path sets, then rules made of steps). The built-in set is that file; users may pass their
 * own. Parse errors name the source and line.
 */
public final class RuleSet {
    /** One step: its kind, its argument (a path set name or a word), and exec's "unless-self" set. */
    public record Step(StepKind kind, String argument, String unlessSelf) {}

    /** One rule. */
    public record Rule(String id, Severity severity, String title, List<Step> steps) {}

    public final Map<String, List<String>> pathSets;
    public final List<Rule> rules;

    private RuleSet(Map<String, List<String>> pathSets, List<Rule> rules) {
        this.pathSets = pathSets;
        this.rules = rules;
    }

    /** The rules ring3 ships (audit-rules.txt in this package). */
    public static RuleSet builtin() {
        try (InputStream in = RuleSet.class.getResourceAsStream("audit-rules.txt")) {
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "audit-rules.txt");
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the built-in audit rules", e);
        }
    }

    /** Parses rule text; IllegalArgumentException "SOURCE:LINE: problem" on an error. */
    public static RuleSet parse(String text, String source) {
        Map<String, List<String>> sets = new LinkedHashMap<>();
        List<Rule> rules = new ArrayList<>();
        List<String> set = null;
        String ruleId = null;
        Severity severity = null;
        String title = null;
        List<Step> steps = null;
        String[] lines = text.split("\n", -1);
        for (int n = 0; n < lines.length; n++) {
            String raw = lines[n].replace("\r", "");
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            boolean indented = Character.isWhitespace(raw.charAt(0));
            String where = source + ":" + (n + 1) + ": ";
            if (!indented) {
                if (ruleId != null) {
                    rules.add(finish(ruleId, severity, title, steps, where));
                    ruleId = null;
                }
                set = null;
                String[] w = line.split("\\s+");
                if (w[0].equals("paths") && w.length == 2) {
                    set = new ArrayList<>();
                    if (sets.put(w[1], set) != null) {
                        throw new IllegalArgumentException(where + "path set '" + w[1] + "' defined twice");
                    }
                } else if (w[0].equals("rule") && w.length == 3) {
                    ruleId = w[1];
                    try {
                        severity = Severity.of(w[2]);
                    } catch (IllegalArgumentException e) {
                        throw new IllegalArgumentException(where + "severity: " + e.getMessage(), e);
                    }
                    title = null;
                    steps = new ArrayList<>();
                } else {
                    throw new IllegalArgumentException(where + "expected 'paths NAME' or 'rule ID SEVERITY', not '"
                            + line + "'");
                }
                continue;
            }
            if (set != null) {
                set.add(line);
            } else if (ruleId != null) {
                if (line.startsWith("title ")) {
                    title = line.substring(6).strip();
                } else {
                    steps.add(step(line, where));
                }
            } else {
                throw new IllegalArgumentException(where + "indented line outside a 'paths' or 'rule' block");
            }
        }
        if (ruleId != null) {
            rules.add(finish(ruleId, severity, title, steps, source + ":" + lines.length + ": "));
        }
        for (Rule r : rules) {
            for (Step s : r.steps()) {
                for (String ref : new String[] {s.kind().argument == StepKind.Argument.PATHS ? s.argument() : null,
                        s.unlessSelf()}) {
                    if (ref != null && !sets.containsKey(ref)) {
                        throw new IllegalArgumentException(source + ": rule " + r.id() + ": no path set named '"
                                + ref + "'");
                    }
                }
            }
        }
        return new RuleSet(sets, List.copyOf(rules));
    }

    private static Step step(String line, String where) {
        String[] w = line.split("\\s+");
        int i = 0;
        if (w[0].equals("then")) {
            i++;
        }
        StepKind k = i < w.length ? StepKind.of(w[i]) : null;
        if (k == null) {
            throw new IllegalArgumentException(where + "unknown step '" + line + "'");
        }
        i++;
        String arg = null;
        if (k.argument != StepKind.Argument.NONE) {
            if (i >= w.length) {
                throw new IllegalArgumentException(where + "'" + k.word + "' needs an argument");
            }
            arg = w[i++];
            if (k == StepKind.CONNECT && !arg.equals("remote") || k == StepKind.PTRACE && !arg.equals("traceme")) {
                throw new IllegalArgumentException(where + "'" + k.word + "' supports only "
                        + (k == StepKind.CONNECT ? "'remote'" : "'traceme'"));
            }
        }
        String unless = null;
        if (i + 1 < w.length && w[i].equals("unless-self") && k == StepKind.EXEC) {
            unless = w[i + 1];
            i += 2;
        }
        if (i != w.length) {
            throw new IllegalArgumentException(where + "unexpected words in '" + line + "'");
        }
        return new Step(k, arg, unless);
    }

    private static Rule finish(String id, Severity severity, String title, List<Step> steps, String where) {
        if (steps.isEmpty()) {
            throw new IllegalArgumentException(where + "rule " + id + " has no steps");
        }
        return new Rule(id, severity, title != null ? title : id, List.copyOf(steps));
    }
}
