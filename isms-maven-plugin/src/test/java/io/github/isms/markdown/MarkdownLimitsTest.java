package io.github.isms.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.vladsch.flexmark.util.ast.Document;
import io.github.isms.diag.Code;
import io.github.isms.diag.Diagnostic;
import io.github.isms.diag.Diagnostics;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The limits hold inputs that used to end the build with a StackOverflowError or keep it busy for
 * minutes; each must give a diagnostic at its line within a generous time.
 */
class MarkdownLimitsTest {

    /** Only a guard against a hang on a busy machine (parsing 440 kB takes a few seconds there); never a speed target. */
    private static final Duration HANG_GUARD = Duration.ofSeconds(60);
    private static final MarkdownRenderer MARKDOWN = new MarkdownRenderer();
    /** The body starts at line 8 of its file, as after a six-line front matter. */
    private static final int FIRST_LINE = 8;

    private final Diagnostics diagnostics = new Diagnostics();

    private Document parse(String body) {
        return assertTimeoutPreemptively(HANG_GUARD, () -> {
            Document document = MARKDOWN.parse(body, new LineIndex("doc.md", FIRST_LINE, body), diagnostics);
            // What follows parsing must not overflow either.
            MARKDOWN.headings(document);
            MARKDOWN.render(document);
            return document;
        });
    }

    private List<String> problems() {
        return diagnostics.all().stream().map(d -> d.position() + ": " + d.code()).toList();
    }

    @Test
    void aThousandNestedBlockQuotesAreRefusedAtTheirLine() {
        Document document = parse("Intro.\n\n" + ">".repeat(1000) + " deep\n");

        assertThat(problems()).containsExactly("doc.md:" + (FIRST_LINE + 2) + ":1: MARKDOWN_LIMIT");
        assertThat(diagnostics.all().get(0).message()).contains("nested more than 50 block quotes or list items deep");
        assertThat(diagnostics.all()).extracting(Diagnostic::code).containsExactly(Code.MARKDOWN_LIMIT);
        assertThat(document.hasChildren()).isFalse();
    }

    @Test
    void threeThousandListItemsNestedOnOneLineAreRefused() {
        parse("- ".repeat(3000) + "x\n");

        assertThat(problems()).containsExactly("doc.md:" + FIRST_LINE + ":1: MARKDOWN_LIMIT");
    }

    @Test
    void threeThousandListItemsNestedByIndentationAreRefusedAtTheFirstLineTooDeep() {
        StringBuilder body = new StringBuilder();
        for (int level = 0; level < 3000; level++) {
            body.append("  ".repeat(level)).append("- item\n");
        }
        parse(body.toString());

        // Line 51 holds the 51st level: 50 levels of indentation and its own marker.
        assertThat(problems()).containsExactly("doc.md:" + (FIRST_LINE + 50) + ":1: MARKDOWN_LIMIT");
    }

    @Test
    void emphasisNestedTwoThousandDeepOnOneLineIsRefusedAfterParsing() {
        parse(nestedEmphasis(2000));

        // The first element too deep is the text inside the 99th emphasis (under the paragraph and 99 emphases).
        assertThat(problems()).containsExactly("doc.md:" + FIRST_LINE + ":" + (3 * 98 + 2) + ": MARKDOWN_LIMIT");
        assertThat(diagnostics.all().get(0).message()).contains("nested more than 100 elements deep");
    }

    @Test
    void aBodyOfMoreThanAHundredThousandElementsIsRefused() {
        parse("*a* ".repeat(110_000) + "\n");

        // The paragraph and 99,999 emphases are 100,000 elements; the 100,000th emphasis is one too many.
        assertThat(problems()).containsExactly("doc.md:" + FIRST_LINE + ":" + (4 * 99_999 + 1) + ": MARKDOWN_LIMIT");
        assertThat(diagnostics.all().get(0).message()).contains("more than 100000 Markdown elements besides plain text");
    }

    @Test
    void nestingAsRealDocumentsHaveItIsAccepted() {
        StringBuilder body = new StringBuilder("> Quote\n>\n> > Inner quote\n\n");
        for (int level = 0; level < 12; level++) {
            body.append("  ".repeat(level)).append("- level ").append(level + 1).append("\n");
        }
        Document document = parse(body.toString());

        assertThat(diagnostics.all()).isEmpty();
        assertThat(MARKDOWN.render(document).html()).contains("level 12").contains("Inner quote");
    }

    /** {@code *a _a *a ... x b* b_ b*}: emphasis alternating between the two markers, {@code levels} deep. */
    private static String nestedEmphasis(int levels) {
        StringBuilder open = new StringBuilder();
        StringBuilder close = new StringBuilder();
        for (int level = 0; level < levels; level++) {
            String marker = level % 2 == 0 ? "*" : "_";
            open.append(marker).append("a ");
            close.insert(0, " b" + marker);
        }
        return open + "x" + close + "\n";
    }
}
