package io.github.isms.source;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.isms.diag.Diagnostics;
import io.github.isms.history.ControlKeys;
import io.github.isms.history.YamlFrontMatterReader;
import io.github.isms.model.Document;
import io.github.isms.model.IsmsConfig;
import io.github.isms.testing.TestIsms;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The one front-matter grammar. The loader reads a document as it is now, history reads every old
 * version from bytes by a faster path; both must find the same front matter in the same file, or
 * an approved version would be another document than the one built.
 */
class FrontMatterSyntaxTest {

    @TempDir
    static Path dir;

    static IsmsConfig config;

    @BeforeAll
    static void loadConfig() {
        config = new ProjectLoader(SourceLayout.defaults(TestIsms.in(dir).root())).load(new Diagnostics()).config();
    }

    @Test
    void aFenceStartsInTheFirstColumnAndMayBeFollowedByBlanks() {
        assertThat(FrontMatterSyntax.split("---\nid: A\n---  \nBody\n"))
                .isEqualTo(new FrontMatterSyntax.Split(FrontMatterSyntax.Outcome.FOUND, "id: A\n", "Body\n", 4));
        assertThat(FrontMatterSyntax.split("---\nnote: |\n  ---\n...\nBody")).extracting(FrontMatterSyntax.Split::yaml)
                .isEqualTo("note: |\n  ---\n");
        assertThat(FrontMatterSyntax.split(" ---\nid: A\n---\n").outcome()).isEqualTo(FrontMatterSyntax.Outcome.NOT_OPENED);
        assertThat(FrontMatterSyntax.split("---\nid: A\n  ---\n").outcome()).isEqualTo(FrontMatterSyntax.Outcome.NOT_CLOSED);
        assertThat(FrontMatterSyntax.split(" \n").outcome()).isEqualTo(FrontMatterSyntax.Outcome.EMPTY);
    }

    @Test
    void aByteOrderMarkIsDroppedAndEveryLineEndingIsALineFeed() {
        assertThat(FrontMatterSyntax.normalise("\uFEFF---\r\nid: A\r---\r\n")).isEqualTo("---\nid: A\n---\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"---\nid: A\n---\nBody\n", "\uFEFF---\r\nid: A\r\n...\r\nBody", "---\nid: A\n  ---\n---\nrest",
        "---\nid: A\n", "---\r\nid: A\r\n---\r\n"})
    void historyDecodesOnlyTheBytesUpToTheClosingFenceAndFindsTheSameFrontMatterInThem(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        String head = new String(bytes, 0, FrontMatterSyntax.headLength(bytes), StandardCharsets.UTF_8);

        assertThat(FrontMatterSyntax.splitRaw(head).yaml()).isEqualTo(FrontMatterSyntax.splitRaw(text).yaml());
        assertThat(FrontMatterSyntax.splitRaw(head).outcome()).isEqualTo(FrontMatterSyntax.splitRaw(text).outcome());
    }

    /** The property: over generated front matter, the loader and history agree on every key history reads, or both refuse. */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theLoaderAndHistoryReadTheSameIdVersionApproversAndStatusOrBothRefuse(int seed) throws IOException {
        Generated generated = Generated.from(new Random(seed));
        Path file = dir.resolve("doc-" + seed + ".md");
        Files.write(file, generated.bytes());

        Diagnostics diagnostics = new Diagnostics();
        Optional<Document> loaded = new SourceReader(dir, dir, SourceReader.DEFAULT_MAX_BYTES).read(file, diagnostics)
                .flatMap(source -> new DocumentReader(config, diagnostics).read(source, file.getFileName().toString()));
        Optional<ControlKeys> history = new YamlFrontMatterReader().read(generated.bytes());

        boolean loaderRefuses = loaded.isEmpty() || diagnostics.hasErrors();
        assertThat(history.isEmpty()).as("history refuses as the loader does (%s) for%n%s", diagnostics.all(), generated.text())
                .isEqualTo(loaderRefuses);
        if (!loaderRefuses) {
            Document doc = loaded.get();
            ControlKeys fm = history.get();
            assertThat(fm.id()).as(generated.text()).isEqualTo(doc.id());
            assertThat(fm.version()).as(generated.text()).isEqualTo(doc.versionText());
            assertThat("retired".equals(fm.status())).as(generated.text()).isEqualTo(doc.retired());
            if (generated.approvers()) {
                assertThat(fm.approvers()).as(generated.text()).isEqualTo(doc.approvers());
            }
        }
    }

    static IntStream seeds() {
        return IntStream.range(0, 400);
    }

    /** A document with random keys, scalar styles, block scalars, comments, line endings, a byte-order mark and fences. */
    record Generated(String text, byte[] bytes, boolean approvers) {

        static Generated from(Random random) {
            List<String> entries = new ArrayList<>();
            int number = 1 + random.nextInt(999);
            entries.add(pick(random, "id: POL-" + number, "id: \"POL-" + number + "\"", "id: 'POL-" + number + "'",
                    "id: POL-" + number + "  # the id"));
            entries.add(pick(random, "title: Access control", "title: \"Access: control\"", "title: >\n  Access\n  control\n",
                    "title: Access control\n  ---"));
            entries.add("type: policy");
            int minor = random.nextInt(12);
            entries.add(pick(random, "version: \"1." + minor + "\"", "version: '2." + minor + "'", "version: 1." + minor,
                    "version: \" 3." + minor + " \""));
            boolean approvers = random.nextInt(10) < 7;
            if (approvers) {
                entries.add(pick(random, "approvers: [CEO, CISO]", "approvers:\n  - CEO\n  - CISO", "approvers: CEO",
                        "approvers: [CEO]  # one", "approvers:\n- CISO"));
            }
            if (random.nextBoolean()) {
                entries.add(pick(random, "status: active", "status: retired", "status: \"retired\""));
            }
            for (int extra = random.nextInt(4); extra > 0; extra--) {
                entries.add(pick(random, "x-notes: |\n  Line one\n  ---\n  Line three", "tags:\n  - a\n  - b", "# a comment",
                        "related: [POL-2]", "x-plain: some text\n  ---", "x-folded: >-\n  ...\n  more", "", "x-empty:"));
            }
            Collections.shuffle(entries, random);
            StringBuilder text = new StringBuilder();
            text.append(random.nextInt(20) == 0 ? " ---" : "---").append(pick(random, "", "", " ", "\t")).append('\n');
            entries.forEach(entry -> text.append(entry).append('\n'));
            int closing = random.nextInt(20);
            if (closing > 1) {
                text.append(pick(random, "---", "---", "...")).append(pick(random, "", "", "  ")).append('\n');
            } else if (closing == 1) {
                text.append("  ---\n");
            }
            text.append("# Heading\n\nSome text.\n");
            if (random.nextInt(4) == 0) {
                text.append("\n---\n\nAfter a rule.\n");
            }
            String ending = pick(random, "\n", "\n", "\n", "\r\n", "\r");
            String written = (random.nextInt(5) == 0 ? "\uFEFF" : "") + text.toString().replace("\n", ending);
            return new Generated(written, written.getBytes(StandardCharsets.UTF_8), approvers);
        }

        private static String pick(Random random, String... choices) {
            return choices[random.nextInt(choices.length)];
        }
    }
}
