package io.github.isms.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The user guide (the project site's Markdown pages), read by tests that keep its reference tables in step with the code. */
public final class UserGuide {

    /** Tests run in the plugin module; the user guide's pages are the project's site, at the repository root. */
    private static final Path PAGES = Path.of("../src/site/markdown");

    private UserGuide() {
    }

    /**
     * The lines under a heading (any level, matched exactly), up to the next heading of the same or a
     * higher level; a {@code #} line inside a fenced code block is not a heading.
     */
    public static List<String> section(String heading) {
        for (Path page : pages()) {
            List<String> section = section(lines(page), heading);
            if (section != null) {
                return section;
            }
        }
        throw new AssertionError("no page of the user guide (src/site/markdown) has the heading '" + heading + "'");
    }

    private static List<String> section(List<String> lines, String heading) {
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int level = line.indexOf(' ');
            if (line.startsWith("#") && level > 0 && line.substring(level + 1).equals(heading)) {
                List<String> section = new ArrayList<>();
                boolean inCode = false;
                for (int j = i + 1; j < lines.size() && (inCode || !isHeadingUpTo(lines.get(j), level)); j++) {
                    inCode ^= lines.get(j).startsWith("```");
                    section.add(lines.get(j));
                }
                return section;
            }
        }
        return null;
    }

    /** The body rows of the first table in the lines, each as its trimmed cells, backticks removed. */
    public static List<List<String>> tableRows(List<String> lines) {
        return lines.stream()
                .dropWhile(l -> !l.startsWith("|"))
                .takeWhile(l -> l.startsWith("|"))
                .skip(2) // header and separator
                .map(l -> Arrays.stream(l.substring(1, l.length() - 1).split("\\|", -1))
                        .map(cell -> cell.strip().replace("`", "")).toList())
                .toList();
    }

    private static boolean isHeadingUpTo(String line, int level) {
        int hashes = line.indexOf(' ');
        return line.startsWith("#") && hashes > 0 && hashes <= level && line.substring(0, hashes).chars().allMatch(c -> c == '#');
    }

    private static List<Path> pages() {
        try (java.util.stream.Stream<Path> files = Files.list(PAGES)) {
            return files.filter(f -> f.toString().endsWith(".md")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> lines(Path page) {
        try {
            return Files.readAllLines(page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
