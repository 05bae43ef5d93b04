package io.github.isms.fuzz;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Mutations of real documents for the fuzz tests: the policy templates the plugin ships are the
 * seeds, and each mutation cuts, repeats or splices text, or drops in a fragment that has broken
 * parsers before (markup, YAML syntax, control and astral characters, hostile HTML).
 */
public final class Mutations {

    /** Fragments a mutation inserts: each is meaningful to one of the parsers. */
    public static final List<String> FRAGMENTS = List.of(
            "---", "---\n", "\n---\n", "{{", "}}", "{%", "%}", "{##", "##}", "{#", "#}", "{{ doc.id }}", "{{ org.name | upper }}",
            "{% for r in doc.controls %}{{ r }}{% endfor %}", "{% if doc.id %}", "{% endif %}", "{% verbatim %}",
            "[[", "]]", "[[A.5.15]]", "[[POL-001]]", "[[POL-001#scope]]", "[[7.5.3]]", "[[", "[x](other.md)",
            "[x](../assets/a.png)", "![i](assets/none.png)", "[x](javascript:alert(1))", "<a href=\"javascript:alert(1)\">x</a>",
            "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "<svg onload=alert(1)>", "<!--", "-->",
            "<details><summary>s</summary>", "</details>", "```", "~~~", "    code", "> ", "* ", "1. ", "| a | b |\n|---|---|\n",
            "[^1]", "[^1]: note", "[TOC]", "!!! note \"T\"\n    body", "~~s~~", "**", "__", "*", "_", "\\", "&", "&#0;", "&#x110000;",
            "\t", "\r", "\r\n", "\u0000", "\u001b", "\u00a0", "\u200b", "\u202e", "\ufeff", "\ud83d\ude00", "\ud800", "é", "\uffff",
            "id: X", "title:", "version: 1.0", "version: \"1.10\"", "controls: [A.5.15, A.99.99]", "approvers: [CEO", "owner: {a: b}",
            "&a [1,2]", "*a", "<<: *a", "!!binary AA==", "!!python/object:x {}", "? complex\n: key", "key: key: value", "- - - -",
            "[[[[[[[[[[", "]]]]]]]]]]", "{{{{{{", "'unterminated", "\"unterminated", "1e99999", "2025-02-30", "0x", "~", "null", "no",
            "applicable: false", "status: implemented", "likelihood: 99", "treatment: accept", "acceptance: {by: CEO}", "A.5.1:");

    private static final List<String> SEEDS = loadSeeds();

    private Mutations() {
    }

    /** The Markdown documents (front matter and body) of the shipped policy templates. */
    public static List<String> seeds() {
        return SEEDS;
    }

    /** A seed document with 1 to {@code maxMutations} mutations. */
    public static String mutatedDocument(Random random, int maxMutations) {
        return mutate(SEEDS.get(random.nextInt(SEEDS.size())), random, maxMutations);
    }

    /** One to {@code count} fragments and random characters run together. */
    public static String fragments(Random random, int count, List<String> pool) {
        StringBuilder s = new StringBuilder();
        for (int i = 1 + random.nextInt(count); i > 0; i--) {
            if (random.nextInt(4) == 0) {
                random.ints(random.nextInt(8), 0, 0x2100).forEach(c -> s.append((char) c));
            } else {
                s.append(pool.get(random.nextInt(pool.size())));
            }
        }
        return s.toString();
    }

    /** {@code text} with 1 to {@code maxMutations} random mutations drawn from {@code random}. */
    public static String mutate(String text, Random random, int maxMutations) {
        StringBuilder s = new StringBuilder(text);
        int n = 1 + random.nextInt(Math.max(1, maxMutations));
        for (int i = 0; i < n; i++) {
            int at = s.length() == 0 ? 0 : random.nextInt(s.length() + 1);
            switch (random.nextInt(7)) {
                case 0 -> s.insert(at, FRAGMENTS.get(random.nextInt(FRAGMENTS.size())));
                case 1 -> s.insert(lineStart(s, at), FRAGMENTS.get(random.nextInt(FRAGMENTS.size())) + "\n");
                case 2 -> s.delete(at, Math.min(s.length(), at + random.nextInt(200)));
                case 3 -> { // repeat a stretch
                    int end = Math.min(s.length(), at + random.nextInt(80));
                    String stretch = s.substring(at, end);
                    s.insert(end, stretch.repeat(1 + random.nextInt(20)));
                }
                case 4 -> s.insert(at, (char) random.nextInt(0x3000));
                case 5 -> { // splice in a piece of another seed
                    String other = SEEDS.get(random.nextInt(SEEDS.size()));
                    int from = random.nextInt(other.length());
                    s.insert(at, other, from, Math.min(other.length(), from + random.nextInt(300)));
                }
                default -> { // swap two lines
                    String[] lines = s.toString().split("\n", -1);
                    if (lines.length > 1) {
                        int a = random.nextInt(lines.length);
                        int b = random.nextInt(lines.length);
                        String t = lines[a];
                        lines[a] = lines[b];
                        lines[b] = t;
                        s.setLength(0);
                        s.append(String.join("\n", lines));
                    }
                }
            }
        }
        return s.toString();
    }

    private static int lineStart(StringBuilder s, int at) {
        int i = at;
        while (i > 0 && s.charAt(i - 1) != '\n') {
            i--;
        }
        return i;
    }

    private static List<String> loadSeeds() {
        List<String> seeds = new ArrayList<>();
        String base = "/io/github/isms/templates/";
        try (InputStream index = Mutations.class.getResourceAsStream(base + "index.txt")) {
            if (index != null) {
                for (String line : new String(index.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    if (line.endsWith(".md")) {
                        seeds.add(read(base + line.strip()));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(seeds);
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = Mutations.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("no resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
