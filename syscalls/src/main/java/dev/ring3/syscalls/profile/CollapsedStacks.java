package dev.ring3.syscalls.profile;

import java.util.Map;

/**
 * The sampled call stacks in the collapsed format ("outer;...;inner N" a line) that flamegraph.pl,
 * inferno and speedscope read: one line per distinct stack, frames named by function.
 */
final class CollapsedStacks {
    private CollapsedStacks() {}

    static String render(ProfileReport r) {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, Long> e : r.stacks.entrySet()) {
            sb.append(e.getKey()).append(' ').append(e.getValue()).append('\n');
        }
        return sb.toString();
    }
}
