package io.github.isms.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.isms.diag.Diagnostics;
import io.github.isms.fuzz.Mutations;
import io.github.isms.fuzz.SafeHtmlAssert;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import io.github.isms.fuzz.Fuzz;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;

/**
 * Fuzzing the Markdown renderer and its sanitizer with mutated policy templates and hostile HTML:
 * it never throws, and its HTML never holds a script, an event handler or a script URL.
 * {@code -Disms.fuzz.iterations=20000} runs it longer (README, Fuzzing).
 */
class MarkdownRendererFuzzTest {

    private static final MarkdownRenderer MARKDOWN = new MarkdownRenderer();

    @Test
    void aMutatedDocumentRendersToSafeHtmlAndReportsUnsafeHtmlWithoutThrowing() {
        Fuzz.run(100, (random, i) -> {
            String markdown = Mutations.mutatedDocument(random, 12);
            var document = MARKDOWN.parse(markdown);
            SafeHtml html = MARKDOWN.render(document);
            MARKDOWN.headings(document);
            MARKDOWN.reportUnsafeHtml(document, new LineIndex("doc.md", 1, markdown), new Diagnostics());

            SafeHtmlAssert.assertSafe(html.html());
        });
    }

    @Test
    void hostileHtmlSplicedTogetherIsNeutralised() {
        List<String> pool = new ArrayList<>(HtmlSanitizerTest.payloads());
        pool.addAll(Mutations.FRAGMENTS);
        Fuzz.run(300, (random, i) -> {
            String fragment = Mutations.fragments(random, 12, pool);
            SafeHtmlAssert.assertSafe(MARKDOWN.render(fragment).html());
            SafeHtmlAssert.assertSafe(MARKDOWN.render("Text " + fragment + " more\n\n" + fragment).html());
            SafeHtmlAssert.assertSafe(new HtmlSanitizer().sanitize(fragment).html());
        });
    }

    /**
     * A guard against runaway work, not a benchmark: a megabyte of Markdown (mutated templates
     * end to end) renders in well under two seconds on a quiet machine; the limit here leaves room
     * for a busy one. Deep nesting and emphasis explosions have their own limits and tests.
     */
    @Test
    void aMegabyteOfMutatedDocumentsRendersInLinearTime() {
        Random random = new Random(18);
        StringBuilder megabyte = new StringBuilder();
        List<String> seeds = Mutations.seeds();
        while (megabyte.length() < 1_000_000) {
            megabyte.append(Mutations.mutate(seeds.get(random.nextInt(seeds.size())), random, 3)).append("\n\n");
        }
        String half = megabyte.substring(0, megabyte.length() / 2);
        MARKDOWN.render(half); // warm up

        long halfNanos = timed(half);
        long wholeNanos = timed(megabyte.toString());

        System.out.printf("Markdown: %d chars in %d ms, %d chars in %d ms%n", half.length(),
                TimeUnit.NANOSECONDS.toMillis(halfNanos), megabyte.length(), TimeUnit.NANOSECONDS.toMillis(wholeNanos));
        assertThat(TimeUnit.NANOSECONDS.toMillis(wholeNanos)).as("1 MB rendered (ms)").isLessThan(20_000);
    }

    private static long timed(String markdown) {
        long start = System.nanoTime();
        SafeHtml html = MARKDOWN.render(markdown);
        long took = System.nanoTime() - start;
        assertThat(html.html()).isNotEmpty();
        return took;
    }
}
