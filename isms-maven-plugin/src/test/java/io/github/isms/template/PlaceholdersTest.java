package io.github.isms.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.isms.diag.Code;
import io.github.isms.diag.Diagnostic;
import io.github.isms.diag.Diagnostics;
import io.github.isms.diag.SourcePosition;
import io.github.isms.model.Document;
import io.github.isms.model.IsmsProject;
import io.github.isms.render.IsmsFixture;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlaceholdersTest {

    private static final Duration HANG_GUARD = Duration.ofSeconds(20);
    private static final SourcePosition BODY_AT_LINE_10 = new SourcePosition("doc.md", 10, 1);

    private final Placeholders placeholders = new Placeholders();
    private final Diagnostics diagnostics = new Diagnostics();

    @TempDir
    Path dir;

    private Optional<String> expandDocument(String body) {
        IsmsFixture isms = new IsmsFixture(dir);
        isms.document("policies/p.md", "POL-001", body);
        IsmsProject project = isms.load();
        Document doc = project.document("POL-001").orElseThrow();
        return placeholders.expand(project.config(), doc, diagnostics).map(Expansion::text);
    }

    private Optional<String> expand(String template, Map<String, Object> context) {
        return placeholders.expand(template, context, BODY_AT_LINE_10, diagnostics).map(Expansion::text);
    }

    /** Expands a template that must fail; the codes of its problems. */
    private List<Code> problemsOf(String template, Map<String, Object> context) {
        Diagnostics local = new Diagnostics();
        assertThat(placeholders.expand(template, context, BODY_AT_LINE_10, local)).as(template).isEmpty();
        return local.all().stream().map(Diagnostic::code).toList();
    }

    private Diagnostic onlyProblem() {
        assertThat(diagnostics.all()).hasSize(1);
        return diagnostics.all().get(0);
    }

    @Test
    void aBodyReadsTheOrganisationTheDocumentTheRolesAndTheFramework() {
        Optional<String> out = expandDocument("""
                {{ org.name }} / {{ doc.id }} {{ doc.title }} v{{ doc.version }} ({{ doc.type }}, {{ doc.classification }})
                Owner {{ doc.owner }}, approved by {{ doc.approvers | join(", ") }}; CISO is {{ roles.CISO | join(", ") }}.
                Framework {{ isms.framework }}.{% if doc.effective %} Effective {{ doc.effective }}.{% endif %}
                First CEO: {{ roles["CEO"] | first }}.
                """);
        assertThat(diagnostics.all()).isEmpty();
        assertThat(out).contains("""
                Example Corp / POL-001 Title of POL-001 v1.0 (policy, internal)
                Owner CISO, approved by CEO; CISO is alice@example.com.
                Framework iso27001:2022.
                First CEO: bob@example.com.
                """);
    }

    @Test
    void anUnknownVariableIsAnErrorAtItsFileLineAndColumn() {
        Optional<String> out = expandDocument("Line one.\n\nWelcome to {{ org.nmae }}.\n");
        assertThat(out).isEmpty();
        assertThat(onlyProblem().format()).startsWith(
                "src/isms/documents/policies/p.md:" + (IsmsFixture.BODY_FIRST_LINE + 2) + ":19: PLACEHOLDER_UNKNOWN 'nmae'");
    }

    @Test
    void anUnknownTopLevelNameIsAnErrorToo() {
        expand("a\nb {{ company }}\n", Map.of());
        assertThat(onlyProblem().code()).isEqualTo(Code.PLACEHOLDER_UNKNOWN);
        assertThat(onlyProblem().position()).isEqualTo(new SourcePosition("doc.md", 11, 6));
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"{{ template }}", "{{ _context }}", "{{ locale }}",
            "{{ _context.doc.id }}", "{% if template %}x{% endif %}", "{{ _context['org'] }}"})
    void theEngineOwnVariablesAreUnknownPlaceholdersAtTheirLine(String placeholder) {
        // They printed identity hashes (no reproducible output) or crashed the build without file or line.
        Optional<String> out = expandDocument("Line one.\n\nSee " + placeholder + ".\n");
        assertThat(out).isEmpty();
        assertThat(onlyProblem().code()).isEqualTo(Code.PLACEHOLDER_UNKNOWN);
        assertThat(onlyProblem().position()).isEqualTo(new SourcePosition("src/isms/documents/policies/p.md",
                IsmsFixture.BODY_FIRST_LINE + 2, placeholder.indexOf(placeholder.contains("template") ? "template"
                        : placeholder.contains("locale") ? "locale" : "_context") + 5));
    }

    @Test
    void aLoopVariableMayStillBeCalledTemplate() {
        assertThat(expand("{% for template in items %}{{ template }}{% endfor %}", Map.of("items", List.of("a", "b")))).contains("ab");
    }

    /** Found by IsmsEngineFuzzTest: Pebble's parser threw ClassCastException on a call of anything but a name. */
    @Test
    void aCallOnAnAttributeIsASyntaxErrorAtItsLineNotACrash() {
        Diagnostics local = new Diagnostics();
        assertThat(placeholders.expand("ok\n\nsee {{ doc['id']() }}\n\n{{ doc.id }}\n", Map.of("doc", Map.of("id", "X")),
                BODY_AT_LINE_10, local)).isEmpty();
        assertThat(local.all()).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo(Code.PLACEHOLDER_SYNTAX);
            assertThat(problem.position().line()).isEqualTo(12);
        });
    }

    /** Found by IsmsEngineFuzzTest: Pebble's lexer threw ArrayIndexOutOfBoundsException on these. */
    @ParameterizedTest
    @ValueSource(strings = {"ok\n\nsee {{ ", "ok\n\nsee {{ doc.id ", "ok\n\n{% if "})
    void aBodyThatEndsInsideAnOpenPlaceholderIsASyntaxErrorAtTheDelimiterNotACrash(String body) {
        Diagnostics local = new Diagnostics();
        assertThat(placeholders.expand(body, Map.of("doc", Map.of("id", "X")), BODY_AT_LINE_10, local)).as(body).isEmpty();
        assertThat(local.all()).as(body).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo(Code.PLACEHOLDER_SYNTAX);
            assertThat(problem.position().line()).isEqualTo(12);
        });
    }

    @Test
    void aTemplateSyntaxErrorIsReportedAtItsLine() {
        expand("ok\n\n{% if %}\n", Map.of());
        assertThat(onlyProblem().code()).isEqualTo(Code.PLACEHOLDER_SYNTAX);
        assertThat(onlyProblem().position().line()).isEqualTo(12);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{{ probe.fire() }}", "{{ probe.fired }}", "{{ probe.getClass() }}",
            "{{ name.getClass().forName('java.lang.Runtime') }}", "{{ name.class }}", "{{ name.bytes }}"})
    void noJavaMethodCanBeCalledAndNothingRuns(String template) {
        Probe probe = new Probe();
        assertThat(problemsOf(template, Map.of("probe", probe, "name", "x"))).as(template)
                .singleElement().isIn(Code.PLACEHOLDER_FORBIDDEN, Code.PLACEHOLDER_UNKNOWN);
        assertThat(probe.fired).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"{{ doc.getClass() }}", "{{ org.class.forName('java.lang.Runtime') }}",
            "{{ doc.title.getClass().getClassLoader() }}", "{{ roles.getClass() }}", "{{ _context.getClass() }}"})
    void theRealContextOffersNoPathToJavaClasses(String body) {
        IsmsProject project = new IsmsFixture(dir).document("policies/p.md", "POL-001", "").load();
        Map<String, Object> context = PlaceholderContext.of(project.config(), project.documents().get(0));
        assertThat(problemsOf(body, context)).as(body).singleElement().isIn(Code.PLACEHOLDER_FORBIDDEN, Code.PLACEHOLDER_UNKNOWN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{% include '/etc/hostname' %}", "{% import 'x' %}", "{% extends 'x' %}",
            "{% embed 'x' %}{% endembed %}"})
    void tagsThatReadTemplatesOrFilesDoNotExist(String template) {
        assertThat(problemsOf(template, Map.of())).as(template).containsExactly(Code.PLACEHOLDER_SYNTAX);
    }

    @Test
    void aFunctionThatDoesNotExistFailsTheBody() {
        expand("fine\n{{ i18n('messages', 'key') }}\n", Map.of());
        assertThat(onlyProblem().code()).isEqualTo(Code.PLACEHOLDER_FAILED);
        assertThat(onlyProblem().position().line()).isEqualTo(11);
    }

    @Test
    void verbatimKeepsTextThatLooksLikeTemplateSyntax() {
        Optional<String> out = expand("""
                {% verbatim %}
                ```
                Hello {{ customer.name }} {% if x %}
                ```
                {% endverbatim %}
                Inline: {{ '{{' }} org.name {{ '}}' }} or {{ '{{' }} org.name }} and {{ '{##' }} not a comment ##}
                """, Map.of());
        assertThat(diagnostics.all()).isEmpty();
        assertThat(out.orElseThrow()).contains("Hello {{ customer.name }} {% if x %}")
                .contains("Inline: {{ org.name }} or {{ org.name }} and {## not a comment ##}");
    }

    @Test
    void fencedCodeIsShownAsWrittenWhilePlaceholdersAroundItAreExpanded() {
        String body = """
                Owner {{ n }}
                ```go-html-template
                <a href="{{ .RelPermalink }}">{{ .Title }}</a>
                ```
                > ~~~~jinja
                > {% for h in hosts %}{{ h }}{% endfor %}
                > ~~~~
                {% verbatim %}
                ```
                {{ already verbatim }}
                ```
                {% endverbatim %}
                after {{ n }}
                ```
                {{ left open
                """;
        Expansion out = placeholders.expand(body, Map.of("n", 7), BODY_AT_LINE_10, diagnostics).orElseThrow();
        assertThat(diagnostics.all()).isEmpty();
        assertThat(out.text()).isEqualTo(body.replace("Owner {{ n }}", "Owner 7").replace("after {{ n }}", "after 7")
                .replace("{% verbatim %}", "").replace("{% endverbatim %}", ""));
        List<String> lines = out.text().lines().toList();
        assertThat(out.bodyLineOf(lines.indexOf("after 7") + 1)).isEqualTo(13);
    }

    @Test
    void aTemplateCommentIsWrittenWithTwoHashesAndLeavesNothing() {
        Optional<String> out = expand("Before {## a note\nfor the writers ##}after {{ n }}.\n", Map.of("n", 1));
        assertThat(diagnostics.all()).isEmpty();
        assertThat(out).contains("Before after 1.\n");
    }

    @Test
    void explicitHeadingIdsAndAttributeListsAreMarkdownNotComments() {
        String body = "## Rules {#rules}\n\nText {#id .class} and {# a pandoc span #}.\n\n# Scope {#scope .unnumbered}\n";
        assertThat(expand(body, Map.of())).contains(body);
        assertThat(expand(body + "{{ n }}\n", Map.of("n", 7))).contains(body + "7\n");
        assertThat(diagnostics.all()).isEmpty();
    }

    @Test
    void anUnclosedTemplateCommentIsASyntaxErrorAtItsOpening() {
        assertThat(expand("one\ntwo {## never closed\n", Map.of())).isEmpty();
        assertThat(onlyProblem().code()).isEqualTo(Code.PLACEHOLDER_SYNTAX);
        assertThat(onlyProblem().position().line()).isEqualTo(11);
    }

    @Test
    void everyOutputLineKnowsTheBodyLineItCameFrom() {
        String template = "one\n{% if false %}\ndropped\n{% endif %}\n{% for i in [1, 2] %}\nrow {{ i }}\n{% endfor %}\nlast [[X]]\n";
        Expansion out = placeholders.expand(template, Map.of(), BODY_AT_LINE_10, diagnostics).orElseThrow();
        List<String> lines = out.text().lines().toList();
        assertThat(lines).containsExactly("one", "", "", "row 1", "", "row 2", "", "last [[X]]");
        assertThat(lines.indexOf("last [[X]]") + 1).satisfies(n -> assertThat(out.bodyLineOf(n)).isEqualTo(8));
        assertThat(out.bodyLineOf(lines.indexOf("row 2") + 1)).isEqualTo(6);
        assertThat(out.bodyLineOf(1)).isEqualTo(1);
    }

    @Test
    void linesInsideVerbatimAndCommentsAreCountedToo() {
        String template = "{## a\ncomment ##}\n{% verbatim %}\n{{ a\n}} {%\n{% endverbatim %}\nend\n";
        Expansion out = placeholders.expand(template, Map.of(), BODY_AT_LINE_10, diagnostics).orElseThrow();
        List<String> lines = out.text().lines().toList();
        assertThat(lines).contains("{{ a", "}} {%");
        assertThat(out.bodyLineOf(lines.indexOf("}} {%") + 1)).isEqualTo(5);
        assertThat(out.bodyLineOf(lines.indexOf("end") + 1)).isEqualTo(7);
    }

    @Test
    void aBodyWithoutPlaceholdersIsReturnedAsWritten() {
        String body = "# Plain\n\nNo {braces} here: { {x} }.\n";
        assertThat(expand(body, Map.of())).contains(body);
    }

    @Test
    void valuesAreNotHtmlEscapedBecauseTheOutputIsMarkdown() {
        assertThat(expand("{{ name }}", Map.of("name", "Smith & Co"))).contains("Smith & Co");
    }

    /** The one problem of a template over a limit, as {@code line:column: CODE}, within a generous time. */
    private String limitOf(String template) {
        Diagnostics local = new Diagnostics();
        Optional<Expansion> out = assertTimeoutPreemptively(HANG_GUARD,
                () -> placeholders.expand(template, Map.of("org", Map.of("name", "Example Corp")), BODY_AT_LINE_10, local));
        assertThat(out).as(template).isEmpty();
        assertThat(local.all()).as(template).hasSize(1);
        Diagnostic d = local.all().get(0);
        assertThat(d.code()).isEqualTo(Code.TEMPLATE_LIMIT);
        return d.position().line() + ":" + d.position().column() + ": " + d.code() + " " + d.message();
    }

    @Test
    void aRangeOfAHundredMillionNumbersIsRefusedBeforeItIsBuilt() {
        assertThat(limitOf("Intro\n{% for i in range(1,100000000) %}{{ i }}{% endfor %}\n"))
                .isEqualTo("11:1: TEMPLATE_LIMIT a range of 100000000 numbers; the limit is 10000");
        assertThat(limitOf("{% for i in 0..100000000 %}x{% endfor %}")).startsWith("10:1: TEMPLATE_LIMIT a range of 100000001 numbers");
    }

    @Test
    void nestedLoopsWithinTheRangeLimitAreStoppedByTheIterationLimit() {
        // 111 bytes that used to expand to 150,000 emphasis runs (and a PDF that took a minute to lay out).
        String template = "{% for i in range(1,400) %}\n{% for j in range(1,400) %}*a* {% endfor %}\n{% endfor %}\n";
        assertThat(limitOf(template)).isEqualTo("11:1: TEMPLATE_LIMIT loops ran more than 10000 times in this body; refused as a safety limit");
    }

    @Test
    void aStringDoubledFortyTimesIsRefusedWhenItPassesTheValueLimit() {
        String template = "{% set s = \"*a* \" %}\n" + "{% set s = s ~ s %}".repeat(40) + "\n{{ s }}\n";
        // 4 characters doubled 18 times is 1,048,576: the 18th set on line 11 is over.
        assertThat(limitOf(template)).isEqualTo("11:1: TEMPLATE_LIMIT set s makes a value of more than 1000000 characters; refused as a safety limit");
    }

    @Test
    void filtersThatMultiplyAValueAreHeldToTheValueLimit() {
        String grow = "{% set s = s | replace({'a': 'aaaaaaaaaa'}) %}";
        assertThat(limitOf("{% set s = 'a' %}" + grow.repeat(5) + "{{ s | replace({'a': 'aaaaaaaaaa'}) | replace({'a': 'aaaaaaaaaa'}) }}"))
                .startsWith("10:1: TEMPLATE_LIMIT the filter replace makes a value of more than 1000000 characters");
        assertThat(limitOf("{% set l = ['x'] %}" + "{% set l = l | merge(l) %}".repeat(40) + "{{ l | length }}"))
                .startsWith("10:1: TEMPLATE_LIMIT the filter merge makes a value of more than 1000000 characters");
    }

    @Test
    void aListHoldingItselfTwiceFortyTimesOverIsCountedAsWhatItWouldPrint() {
        assertThat(limitOf("{% set l = ['x'] %}" + "{% set l = [l, l] %}".repeat(40) + "{{ l }}"))
                .startsWith("10:1: TEMPLATE_LIMIT set l makes a value of more than 1000000 characters");
    }

    @Test
    void theExpandedBodyMayGrowByAtMostAMillionCharacters() {
        String template = "{% set s = 'aaaaaaaaaa' %}" + "{% set s = s ~ s %}".repeat(16) + "\nLine two\n"
                + "{% for i in range(1,5000) %}{{ s }}{% endfor %}\n";
        assertThat(limitOf(template)).startsWith("12:1: TEMPLATE_LIMIT the expanded body grows past ");
    }

    @Test
    void loopsAndValuesAsPoliciesUseThemStayWellWithinTheLimits() {
        Optional<String> out = expand("{% for i in range(1, 3) %}{{ i }}. {{ name }}\n{% endfor %}{% set who = name | upper %}{{ who }}",
                Map.of("name", "CISO"));
        assertThat(out).contains("1. CISO\n2. CISO\n3. CISO\nCISO");
        assertThat(diagnostics.all()).isEmpty();
    }

    /** A Java object that records whether a template managed to call it. */
    public static final class Probe {
        public boolean fired;

        public String fire() {
            fired = true;
            return "fired";
        }

        public boolean getFired() {
            fired = true;
            return true;
        }
    }
}
