package dev.ring3.syscalls.audit;

import java.util.List;

/** A rule that matched: the rule and the syscalls that form the pattern, in order. */
public record Finding(RuleSet.Rule rule, List<AuditEvent> events) {
    public Severity severity() {
        return rule.severity();
    }
}
