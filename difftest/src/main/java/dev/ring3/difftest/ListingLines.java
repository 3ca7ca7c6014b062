package dev.ring3.difftest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The lines of one of difftest's text resources (findings.txt, the form rules): stripped, without
 * empty lines and '#' comments, each with its line number for the error messages.
 */
final class ListingLines {
    /** A line's text and its 1-based number in the file. */
    record Line(int no, String text) {}

    private ListingLines() {}

    static List<Line> read(String name) {
        List<Line> out = new ArrayList<>();
        try (InputStream in = ListingLines.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " missing from the class path");
            }
            BufferedReader br = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int no = 0;
            while ((line = br.readLine()) != null) {
                no++;
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) {
                    out.add(new Line(no, t));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
