package dev.ring3.syscalls.profile;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Draws collapsed stacks as a flame graph in inline SVG (no script, no external assets): the
 * root at the bottom, each frame as wide as its share of the samples, names where they fit and
 * in a tooltip everywhere.
 */
final class FlameGraph {
    static final int WIDTH = 1200, ROW = 17;
    private static final double MIN_WIDTH = 0.3;

    private static final class Node {
        final Map<String, Node> children = new TreeMap<>();
        long value;
    }

    private FlameGraph() {}

    static String svg(Map<String, Long> stacks) {
        Node root = new Node();
        int depth = 0;
        for (Map.Entry<String, Long> e : stacks.entrySet()) {
            Node n = root;
            n.value += e.getValue();
            String[] frames = e.getKey().split(";");
            depth = Math.max(depth, frames.length);
            for (String f : frames) {
                n = n.children.computeIfAbsent(f, k -> new Node());
                n.value += e.getValue();
            }
        }
        int height = (depth + 1) * ROW + 4;
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "<svg class=\"flame\" xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" "
                + "height=\"%d\" viewBox=\"0 0 %d %d\" font-family=\"monospace\" font-size=\"11\">%n",
                WIDTH, height, WIDTH, height));
        if (root.value == 0) {
            return sb.append("</svg>\n").toString();
        }
        frame(sb, "all", root, root.value, 0, WIDTH, height - ROW - 2);
        draw(sb, root, root.value, 0, WIDTH, height - 2 * ROW - 2);
        return sb.append("</svg>\n").toString();
    }

    private static void draw(StringBuilder sb, Node parent, long total, double x, double width, int y) {
        double scale = width / parent.value;
        double at = x;
        for (Map.Entry<String, Node> e : parent.children.entrySet()) {
            double w = e.getValue().value * scale;
            if (w >= MIN_WIDTH) {
                frame(sb, e.getKey(), e.getValue(), total, at, w, y);
                draw(sb, e.getValue(), total, at, w, y - ROW);
            }
            at += w;
        }
    }

    private static void frame(StringBuilder sb, String name, Node n, long total, double x, double w, int y) {
        String esc = HtmlProfile.escape(name);
        sb.append(String.format(Locale.ROOT, "<g><title>%s (%,d sample%s, %.2f%%)</title>"
                + "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" rx=\"2\" fill=\"%s\"/>",
                esc, n.value, n.value == 1 ? "" : "s", 100.0 * n.value / total, x, y, w, ROW - 1, color(name)));
        int chars = (int) ((w - 6) / 6.6);
        if (chars >= 3) {
            String label = name.length() <= chars ? name : name.substring(0, chars - 2) + "..";
            sb.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\">%s</text>", x + 3, y + ROW - 5,
                    HtmlProfile.escape(label)));
        }
        sb.append("</g>\n");
    }

    /** A warm colour derived from the name, so a function keeps its colour across the graph. */
    private static String color(String name) {
        if (name.startsWith("[syscall")) {
            return "rgb(110,160,230)";
        }
        int h = name.hashCode();
        int r = 205 + Math.floorMod(h, 50);
        int g = 80 + Math.floorMod(h >>> 8, 130);
        int b = 40 + Math.floorMod(h >>> 16, 50);
        return "rgb(" + r + "," + g + "," + b + ")";
    }
}
