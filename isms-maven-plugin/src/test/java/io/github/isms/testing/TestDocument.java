package io.github.isms.testing;

import java.util.ArrayList;
import java.util.List;

/**
 * The Markdown of one ISMS document, front matter and body, as tests write it. Without further
 * calls {@code TestDocument.of("POL-001").text()} is a valid policy:
 *
 * <pre>
 * ---
 * id: POL-001
 * title: Title of POL-001
 * type: policy
 * version: "1.0"
 * ---
 *
 * # Title of POL-001
 * </pre>
 *
 * Lines keep a fixed place, so tests can assert line and column: {@code id}, {@code title} and
 * {@code type} are lines 2 to 4; every other key and raw line follows in the order the test adds
 * it; {@code version} stands where the test sets it, or last when the test leaves it at 1.0.
 * Setting a key again replaces its value in place.
 */
public final class TestDocument {

    private record Line(String key, String text) {
    }

    private final List<Line> lines = new ArrayList<>();
    private boolean versionSet;
    private String body;
    private String afterFence = "\n";

    private TestDocument(String id) {
        field("id", id).field("title", "Title of " + id).field("type", "policy");
    }

    public static TestDocument of(String id) {
        return new TestDocument(id);
    }

    public TestDocument title(String title) {
        return field("title", title);
    }

    public TestDocument type(String type) {
        return field("type", type);
    }

    /** The version, quoted as a string ({@code version: "1.1"}). */
    public TestDocument version(String version) {
        return field("version", "\"" + version + "\"");
    }

    public TestDocument status(String status) {
        return field("status", status);
    }

    public TestDocument approvers(String... roles) {
        return field("approvers", "[" + String.join(", ", roles) + "]");
    }

    /** {@code clauses: [4.3, 5.2]}: the ISO/IEC 27001 clauses the document addresses. */
    public TestDocument clauses(String... clauses) {
        return field("clauses", "[" + String.join(", ", clauses) + "]");
    }

    /** {@code controls: [A.5.1, A.5.15]}: the Annex A controls the document implements. */
    public TestDocument controls(String... controls) {
        return field("controls", "[" + String.join(", ", controls) + "]");
    }

    /** {@code key: value} with the value as YAML text; an empty value leaves the key alone on its line. */
    public TestDocument field(String key, String yaml) {
        String text = yaml.isEmpty() ? key + ":" : key + ": " + yaml;
        if (key.equals("version")) {
            versionSet = true;
        }
        for (int i = 0; i < lines.size(); i++) {
            if (key.equals(lines.get(i).key())) {
                lines.set(i, new Line(key, text));
                return this;
            }
        }
        lines.add(new Line(key, text));
        return this;
    }

    /** Front matter lines written as they are, such as a second {@code title:} or a block scalar. */
    public TestDocument lines(String... raw) {
        for (String line : raw) {
            lines.add(new Line(null, line));
        }
        return this;
    }

    /** The Markdown after the closing fence and a blank line, ending with a newline; {@code # title} when not set. */
    public TestDocument body(String markdown) {
        this.body = markdown;
        return this;
    }

    /** The body starts on the line after the closing fence, for tests that count body lines that way. */
    public TestDocument noBlankLineAfterFence() {
        afterFence = "";
        return this;
    }

    public String text() {
        StringBuilder text = new StringBuilder("---\n");
        String title = "";
        for (Line line : lines) {
            text.append(line.text()).append('\n');
            if ("title".equals(line.key())) {
                title = line.text().substring("title:".length()).strip();
            }
        }
        if (!versionSet) {
            text.append("version: \"1.0\"\n");
        }
        String markdown = body == null ? "# " + title : body;
        text.append("---\n").append(afterFence).append(markdown);
        return (markdown.endsWith("\n") ? text : text.append('\n')).toString();
    }

    @Override
    public String toString() {
        return text();
    }
}
