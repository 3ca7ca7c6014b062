package dev.ring3.syscalls.profile;

import dev.ring3.interp.Disassembler;
import dev.ring3.interp.Insn;
import java.util.Locale;

/**
 * The profile as one self-contained HTML page (inline CSS and SVG, nothing fetched): summary,
 * flame graph of the sampled stacks, the hottest functions and blocks, and for the hottest blocks
 * their AT&T disassembly beside the JVM bytecode their translation became.
 */
final class HtmlProfile {
    /** Blocks shown with their disassembly and bytecode, at most. */
    static final int DETAILED = 10;

    private HtmlProfile() {}

    static String render(ProfileReport r, int top) {
        StringBuilder sb = new StringBuilder(1 << 16);
        sb.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>ring3 profile of ")
                .append(escape(r.program)).append("</title>\n<style>\n")
                .append("body{font-family:system-ui,sans-serif;margin:1.5em;color:#222}\n")
                .append("table{border-collapse:collapse;font-size:13px;margin-bottom:1.5em}\n")
                .append("th,td{padding:2px 8px;text-align:right;border-bottom:1px solid #ddd}\n")
                .append("td.l,th.l{text-align:left}\n")
                .append("code,pre{font-family:ui-monospace,monospace;font-size:12px}\n")
                .append(".pair{display:flex;gap:1em;align-items:flex-start;margin-bottom:2em}\n")
                .append(".pair>div{flex:1;min-width:0}\n")
                .append("pre{background:#f6f6f6;padding:6px;overflow:auto;max-height:40em;margin:0}\n")
                .append("svg.flame text{pointer-events:none}\nsvg.flame rect:hover{stroke:#000}\n")
                .append("</style></head><body>\n");
        sb.append("<h1>ring3 profile of <code>").append(escape(r.program)).append("</code></h1>\n<p>")
                .append(escape(TextProfile.render(r, 0).lines().limit(2).reduce((a, b) -> a + "<br>" + b).orElse("")))
                .append("</p>\n");

        sb.append("<h2>Flame graph (sampled call stacks)</h2>\n");
        if (r.samples == 0) {
            sb.append("<p>No samples (sampling off, or the program ended before the first one).</p>\n");
        } else {
            sb.append(FlameGraph.svg(r.stacks));
        }

        sb.append("<h2>Hottest functions</h2>\n<table><tr><th>insns %</th><th>self time %</th><th>total time %</th>"
                + "<th>instructions</th><th>block runs</th><th class=\"l\">function</th></tr>\n");
        int n = 0;
        for (ProfileReport.FunctionRow f : r.functions) {
            if (n++ == top) {
                break;
            }
            sb.append(String.format(Locale.ROOT, "<tr><td>%.2f</td><td>%.1f</td><td>%.1f</td><td>%,d</td><td>%,d</td>"
                    + "<td class=\"l\"><code>%s</code></td></tr>\n", r.instructionShare(f.instructions),
                    r.timeShare(f.selfSamples), r.timeShare(f.totalSamples), f.instructions, f.executions,
                    escape(r.label(f))));
        }
        sb.append("</table>\n<h2>Hottest blocks</h2>\n<table><tr><th>insns %</th><th>time %</th><th>executions</th>"
                + "<th>len</th><th class=\"l\">block</th><th class=\"l\">symbol</th><th class=\"l\">ran</th>"
                + "<th>bytecode</th><th>translation ms</th></tr>\n");
        n = 0;
        for (ProfileReport.BlockRow b : r.blocks) {
            if (n++ == top) {
                break;
            }
            String id = n <= DETAILED ? "<a href=\"#b" + Long.toHexString(b.start) + "\">" : "";
            sb.append(String.format(Locale.ROOT, "<tr><td>%.2f</td><td>%.1f</td><td>%,d</td><td>%d</td>"
                    + "<td class=\"l\"><code>%s0x%x-0x%x%s</code></td><td class=\"l\"><code>%s</code></td>"
                    + "<td class=\"l\">%s</td><td>%s</td><td>%s</td></tr>\n",
                    r.instructionShare(b.instructions()), r.timeShare(b.samples), b.executions(), b.length, id,
                    b.start, b.end, id.isEmpty() ? "" : "</a>", escape(b.symbol != null ? b.symbol : ""), b.ran(),
                    b.region != null ? b.region.bytecodeBytes + " B" : "-",
                    b.region != null ? String.format(Locale.ROOT, "%.2f", b.region.translationNanos / 1e6) : "-"));
        }
        sb.append("</table>\n<h2>The hottest blocks and their translations</h2>\n");
        n = 0;
        for (ProfileReport.BlockRow b : r.blocks) {
            if (n++ == Math.min(top, DETAILED)) {
                break;
            }
            detail(sb, r, b);
        }
        return sb.append("</body></html>\n").toString();
    }

    private static void detail(StringBuilder sb, ProfileReport r, ProfileReport.BlockRow b) {
        sb.append(String.format(Locale.ROOT, "<h3 id=\"b%x\"><code>0x%x-0x%x</code> %s</h3>\n<p>%,d executions"
                + " (%s), %d instructions, %.2f%% of guest instructions, %.1f%% of samples</p>\n", b.start, b.start,
                b.end, b.symbol != null ? "<code>" + escape(b.symbol) + "</code>" : "", b.executions(), b.ran(),
                b.length, r.instructionShare(b.instructions()), r.timeShare(b.samples)));
        sb.append("<div class=\"pair\"><div><h4>Guest code (AT&amp;T)</h4><pre class=\"disasm\">");
        for (Insn in : b.code) {
            sb.append(String.format(Locale.ROOT, "%8x:\t", in.addr)).append(escape(Disassembler.format(in))).append('\n');
        }
        sb.append("</pre></div><div>");
        if (b.region == null) {
            sb.append("<h4>JVM bytecode</h4><p>Ran in the interpreter only: not translated.</p>");
        } else {
            ProfileReport.RegionRow g = b.region;
            sb.append(String.format(Locale.ROOT, "<h4>JVM bytecode of the translation entered at 0x%x%s</h4>"
                    + "<p>%d blocks, %,d bytecode bytes, translated in %.2f ms</p><pre class=\"bytecode\">",
                    g.entry, g.symbol != null ? " <code>" + escape(g.symbol) + "</code>" : "", g.blocks,
                    g.bytecodeBytes, g.translationNanos / 1e6));
            sb.append(escape(g.listing())).append("</pre>");
        }
        sb.append("</div></div>\n");
    }

    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<': sb.append("&lt;"); break;
                case '>': sb.append("&gt;"); break;
                case '&': sb.append("&amp;"); break;
                case '"': sb.append("&quot;"); break;
                default: sb.append(c);
            }
        }
        return sb.toString();
    }
}
