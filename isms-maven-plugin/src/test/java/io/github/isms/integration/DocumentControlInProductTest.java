package io.github.isms.integration;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.isms.testing.GitFixture;
import io.github.isms.testing.ControlledIsms;
import io.github.isms.diag.Code;
import io.github.isms.diag.Diagnostic;
import io.github.isms.diag.Severity;
import io.github.isms.engine.BuildRequest;
import io.github.isms.check.CheckResult;
import io.github.isms.engine.HistoryOptions;
import io.github.isms.engine.IsmsEngine;
import io.github.isms.engine.SiteOptions;
import io.github.isms.testing.TestDocument;
import io.github.isms.verify.Manifest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Document control end to end: a real repository with merge requests approved and not, built by
 * the engine into diagnostics and a site.
 */
class DocumentControlInProductTest {

    @TempDir
    Path tmp;

    ControlledIsms isms;

    GitFixture git;

    @BeforeEach
    void history() {
        isms = ControlledIsms.create(tmp.resolve("repo"));
        git = isms.git();
    }

    private void mergeRequest(String branch, String path, String content, String title, String trailer) {
        isms.mergeRequest(branch, path, content, title, trailer);
    }

    private void mergeRequest(String branch, String path, TestDocument document, String title, String trailer) {
        isms.mergeRequest(branch, path, document, title, trailer);
    }

    private CheckResult check(HistoryOptions options) {
        return new IsmsEngine().check(BuildRequest.defaults(git.dir()).withHistory(options));
    }

    private Path site(String name, HistoryOptions options) {
        return ControlledIsms.site(git, tmp.resolve(name), false, options);
    }

    /** A page of the site built with the default options. */
    private String page(String path) throws IOException {
        return read(site("site", ControlledIsms.AT_TODAY).resolve(path));
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    private static List<Diagnostic> ofCode(CheckResult result, Code code) {
        return result.diagnostics().stream().filter(d -> d.code() == code).toList();
    }

    @Test
    void aMissingApprovalBranchIsReportedAtIsmsYamlAndEveryDocumentIsADraft() {
        git.git("checkout", "-q", "--detach");
        git.git("branch", "-q", "-D", "main");

        CheckResult result = check(HistoryOptions.defaults());

        assertThat(ofCode(result, Code.APPROVAL_BRANCH_MISSING)).singleElement().satisfies(d -> {
            assertThat(d.position().path()).isEqualTo("src/isms/isms.yaml");
            assertThat(d.message()).contains("'main'", "every document is a draft");
        });
        assertThat(ofCode(result, Code.DOCUMENT_DRAFT)).hasSize(3);
    }

    @Test
    void aMergeWithoutEvidenceFromTheRoleLeavesTheDocumentADraftReportedAtItsVersionLine() {
        CheckResult result = check(HistoryOptions.defaults());

        assertThat(ofCode(result, Code.DOCUMENT_DRAFT)).singleElement().satisfies(d -> {
            assertThat(d.severity()).isEqualTo(Severity.WARNING);
            assertThat(d.format()).startsWith("src/isms/documents/policies/backup.md:5:10: DOCUMENT_DRAFT POL-002 version 1.0 is a draft");
        });
        assertThat(ofCode(result, Code.APPROVAL_WITHOUT_ROLE)).singleElement()
                .satisfies(d -> assertThat(d.message()).contains("Dave Dev <dave@example.com>"));
        assertThat(result.notes()).anySatisfy(n -> assertThat(n).startsWith("Document history: "));
    }

    @Test
    void versionRulesBrokenInPastHistoryAreWarningsAtTheDocumentsVersionLineNamingTheCommit() {
        String approved = "Approved-by: Bob Ceo <bob@example.com>";
        mergeRequest("p3", "policies/access.md", TestDocument.of("POL-001").version("1.1").body("Changed, same number."), "Silent change", approved);
        mergeRequest("p4", "policies/access.md", TestDocument.of("POL-001").version("1.0").body("An old number again."), "Renumbered", approved);
        mergeRequest("b2", "policies/backup.md", "---\nid: POL-002\ntitle: [unclosed\n---\n\nBroken.\n", "Broken", approved);
        mergeRequest("b3", "policies/backup.md", TestDocument.of("POL-002").version("1.1").body("Back up hourly."), "Backup fixed", approved);

        CheckResult result = check(HistoryOptions.defaults());

        String access = "src/isms/documents/policies/access.md:5:10: ";
        assertThat(ofCode(result, Code.VERSION_NOT_CHANGED)).singleElement()
                .satisfies(d -> assertThat(d.format()).startsWith(access + "VERSION_NOT_CHANGED POL-001").contains("(commit "));
        assertThat(ofCode(result, Code.VERSION_DECREASED)).singleElement()
                .satisfies(d -> assertThat(d.format()).startsWith(access + "VERSION_DECREASED POL-001"));
        assertThat(ofCode(result, Code.VERSION_REUSED)).singleElement()
                .satisfies(d -> assertThat(d.format()).startsWith(access + "VERSION_REUSED POL-001"));
        assertThat(ofCode(result, Code.HISTORY_FRONT_MATTER)).singleElement().satisfies(d -> assertThat(d.format())
                .startsWith("src/isms/documents/policies/backup.md:5:10: HISTORY_FRONT_MATTER POL-002"));
        assertThat(result.diagnostics()).filteredOn(d -> d.code() != Code.DOCUMENT_DRAFT)
                .allSatisfy(d -> assertThat(d.severity()).isEqualTo(Severity.WARNING));
    }

    @Test
    void aTranslationIsApprovedOnItsOwnTheOriginalsApprovalDoesNotApproveIt() throws IOException {
        mergeRequest("t1", "policies/access-nl.md", TestDocument.of("POL-001-NL").version("1.1").field("language", "nl").field("translation-of", "POL-001").body("Alleen de eigenaar verleent en trekt toegang in."),
                "Toegangsbeleid in het Nederlands", "Reviewed-by: Carol <carol@example.com>");

        CheckResult result = check(HistoryOptions.defaults());

        assertThat(ofCode(result, Code.DOCUMENT_DRAFT)).extracting(d -> d.position().path())
                .contains("src/isms/documents/policies/access-nl.md")
                .doesNotContain("src/isms/documents/policies/access.md");
        assertThat(page("docs/POL-001-NL/index.html")).contains("<html lang=\"nl\">", "badge-draft\">concept</span>",
                "Concept.", "hreflang=\"en\"");
        assertThat(page("docs/POL-001/index.html")).contains("badge-approved\">approved</span>", "hreflang=\"nl\"");

        mergeRequest("t2", "policies/access-nl.md", TestDocument.of("POL-001-NL").version("1.1").field("language", "nl").field("translation-of", "POL-001").body("Alleen de eigenaar verleent en trekt toegang in!"),
                "Toegangsbeleid: goedgekeurd", "Approved-by: Bob Ceo <bob@example.com>");

        assertThat(ofCode(check(HistoryOptions.defaults()), Code.DOCUMENT_DRAFT)).extracting(d -> d.position().path())
                .doesNotContain("src/isms/documents/policies/access-nl.md");
    }

    @Test
    void requireApprovalMakesDraftsErrorsForReleaseBuilds() {
        CheckResult result = check(new HistoryOptions(true, false, Optional.empty()));

        assertThat(result.errors()).extracting(Diagnostic::code).containsExactly(Code.DOCUMENT_DRAFT);
    }

    @Test
    void theDocumentPageShowsItsRevisionTableApprovalAndNextReviewAndLinksTheSupersededVersion() throws IOException {
        String page = page("docs/POL-001/index.html");

        assertThat(page).contains("<h2 id=\"isms-revisions\">Revision history</h2>")
                .containsPattern("<th scope=\"row\">1\\.1</th><td class=\"date\"><time datetime=\"2026-01-01\">January 1, 2026</time></td><td>Carol Writer</td><td>Bob Ceo \\(CEO, trailer\\)</td><td>Access control: revocation</td><td class=\"record\"><code>[0-9a-f]{12}</code></td>")
                .containsPattern("<th scope=\"row\"><a href=\"\\.\\./\\.\\./docs/POL-001/v1\\.0/index\\.html\">1\\.0</a></th><td class=\"date\"><time datetime=\"2026-01-01\">January 1, 2026</time></td><td>Carol Writer</td><td>Bob Ceo \\(CEO, trailer\\)</td><td>Access control policy</td>")
                .contains("<th scope=\"row\">Approved</th><td><time datetime=\"2026-01-01\">January 1, 2026</time> <span class=\"approval-version\">(version 1.1)</span></td>"
                        + "<th scope=\"row\">Approved by</th><td>Bob Ceo <span class=\"approval-version\">(version 1.1)</span></td>")
                .contains("<th scope=\"row\">Next review</th><td><time datetime=\"2027-01-01\">January 1, 2027</time>")
                .doesNotContain("banner-draft").doesNotContain("overdue</span>");
    }

    @Test
    void twoApprovedChangesUnderOneVersionAreTwoRowsEachWithItsApproverRoleAndCommit() throws IOException {
        String ceo = "Approved-by: Bob Ceo <bob@example.com>";
        mergeRequest("p3", "policies/access.md", TestDocument.of("POL-001").version("1.2").body("Content change."), "Content", ceo);
        String first = git.head();
        mergeRequest("p4", "policies/access.md", TestDocument.of("POL-001").version("1.2").body("Content change, link fixed."),
                "Link fix", ceo);
        String second = git.head();

        String page = page("docs/POL-001/index.html");

        assertThat(page).contains("<td>Content</td><td class=\"record\"><code>" + first.substring(0, 12) + "</code></td>")
                .contains("<td>Link fix</td><td class=\"record\"><code>" + second.substring(0, 12) + "</code></td>");
        assertThat(page.split("<th scope=\"row\">1\\.2</th>", -1)).hasSize(3);
    }

    @Test
    void anEarlierApprovedVersionStaysPublishedAsSupersededWithARedline() throws IOException {
        Path site = site("site", HistoryOptions.defaults());

        String old = read(site.resolve("docs/POL-001/v1.0/index.html"));
        assertThat(old).contains("<strong>Superseded.</strong>").contains("Only the owner grants access.")
                .contains("href=\"../../../docs/POL-001/index.html\">version 1.1</a>");
        // The first version has nothing before it to compare with; the current one is no superseded page.
        assertThat(old).doesNotContain("redline.html");
        assertThat(site.resolve("docs/POL-001/v1.0/redline.html")).doesNotExist();
        assertThat(site.resolve("docs/POL-001/v1.1")).doesNotExist();
    }

    @Test
    void aSecondSupersededVersionCarriesARedlineAgainstTheOneBeforeIt() throws IOException {
        mergeRequest("p3", "policies/access.md", TestDocument.of("POL-001").version("2.0").body("Only the owner grants, reviews and revokes access."),
                "Access reviews", "Approved-by: Bob Ceo <bob@example.com>");
        Path site = site("site", HistoryOptions.defaults());

        assertThat(read(site.resolve("docs/POL-001/v1.1/index.html"))).contains("href=\"../../../docs/POL-001/v1.1/redline.html\"");
        assertThat(read(site.resolve("docs/POL-001/v1.1/redline-source.html")))
                .contains("Only the owner grants <ins>and revokes </ins>access.");
        assertThat(read(site.resolve("docs/POL-001/v1.1/redline.html")))
                .contains("Only the owner grants <ins>and revokes</ins> access.");
    }

    @Test
    void aDraftCarriesABannerAndTheRegisterSaysSo() throws IOException {
        Path site = site("site", HistoryOptions.defaults());

        assertThat(read(site.resolve("docs/POL-002/index.html"))).contains("<strong>Draft.</strong>")
                .contains("the last change carries no approval from the approver roles");
        Map<String, CSVRecord> rows = register(site);
        assertThat(rows.get("POL-002").get("state")).isEqualTo("draft");
        assertThat(rows.get("POL-002").get("approved")).isEmpty();
        assertThat(rows.get("POL-001").get("state")).isEqualTo("approved");
        assertThat(rows.get("POL-001").get("approved")).isEqualTo("2026-01-01");
        assertThat(rows.get("POL-001").get("approved_by")).isEqualTo("Bob Ceo");
        assertThat(rows.get("POL-001").get("next_review")).isEqualTo("2027-01-01");
    }

    @Test
    void aRetiredDocumentLeavesTheActiveListButKeepsItsHistory() throws IOException {
        Path site = site("site", HistoryOptions.defaults());

        String register = read(site.resolve("register.html"));
        String active = register.substring(0, register.indexOf("id=\"retired\""));
        String retired = register.substring(register.indexOf("id=\"retired\""));
        assertThat(active).doesNotContain(">POL-003<").contains(">POL-001<");
        assertThat(retired).contains(">POL-003<");
        assertThat(read(site.resolve("docs/POL-003/index.html"))).contains("Retire the old rules")
                .contains("docs/POL-003/v1.0/index.html");
    }

    @Test
    void theDashboardCountsStatesAndListsRecentChangesFromHistory() throws IOException {
        String dashboard = page("index.html");

        assertThat(dashboard).contains("<span class=\"badge badge-draft\">draft</span></td><td class=\"num\">1</td>")
                .contains("<span class=\"badge badge-approved\">approved</span></td><td class=\"num\">2</td>")
                .contains("POL-003 1.1</a> <span class=\"muted\">January 1, 2026 · Retire the old rules</span>")
                .contains("No review is overdue at January 2, 2026.");
    }

    @Test
    void checkJudgesOverdueReviewsAtTodayAndTheSiteAtItsReferenceDateWhichEveryPageStates() throws IOException {
        Clock june2027 = Clock.fixed(Instant.parse("2027-06-01T08:00:00Z"), ZoneOffset.UTC);
        HistoryOptions stamped = new HistoryOptions(false, false, Optional.of(Instant.parse("2026-06-01T00:00:00Z")))
                .withClock(june2027);

        // Diagnostics are not published: they follow the calendar, whatever the output timestamp says.
        CheckResult result = check(stamped);
        assertThat(ofCode(result, Code.REVIEW_OVERDUE)).extracting(Diagnostic::message)
                .anySatisfy(m -> assertThat(m).isEqualTo("POL-001: review was due on 2027-01-01 (last approval + 12 months), before 2027-06-01"))
                .noneSatisfy(m -> assertThat(m).startsWith("POL-003")); // retired: no review

        // The site is judged at the output timestamp, so the same commit gives the same bytes.
        Path reproducible = site("stamped", stamped);
        assertThat(read(reproducible.resolve("index.html"))).contains("No review is overdue at June 1, 2026.")
                .contains("Review states as of the reference date <time datetime=\"2026-06-01\">June 1, 2026</time>");
        assertThat(read(reproducible.resolve("docs/POL-001/index.html"))).doesNotContain("badge-overdue")
                .contains("<time datetime=\"2026-06-01\">");

        // Without it, the site is judged at today: a nightly build publishes reviews as they fall due.
        Path nightly = site("nightly", HistoryOptions.defaults().withClock(june2027));
        assertThat(read(nightly.resolve("index.html"))).contains("POL-001 Title of POL-001</a> <span class=\"muted\">review due January 1, 2027</span>")
                .contains("<time datetime=\"2027-06-01\">");
        assertThat(read(nightly.resolve("docs/POL-001/index.html"))).contains("<span class=\"badge badge-overdue\">overdue</span>");
        assertThat(register(nightly).get("POL-001").get("review_overdue")).isEqualTo("yes");
        assertThat(register(nightly).get("POL-003").get("next_review")).isEmpty();
    }

    @Test
    void twoBuildsOfTheSameCommitGiveByteIdenticalPages() throws IOException {
        Path first = site("first", ControlledIsms.AT_TODAY);
        Path second = site("second", ControlledIsms.AT_TODAY);

        assertThat(files(second)).isEqualTo(files(first));
        assertThat(files(first)).containsKey("docs/POL-001/v1.0/index.html");
    }

    @Test
    void uncommittedEditsMakeADraft() throws IOException {
        git.write("src/isms/documents/policies/access.md", TestDocument.of("POL-001").version("1.2").body("Edited here."));

        assertThat(ofCode(check(HistoryOptions.defaults()), Code.DOCUMENT_DRAFT)).extracting(Diagnostic::message)
                .anySatisfy(m -> assertThat(m).isEqualTo("POL-001 version 1.2 is a draft: uncommitted edits"));
        assertThat(page("docs/POL-001/index.html"))
                .contains("<strong>Draft.</strong>").contains("(uncommitted edits)");
    }

    @Test
    void withoutARepositoryTheBuildSaysHistoryIsUnavailableAndInventsNone() throws IOException {
        Path plain = tmp.resolve("plain");
        copy(git.dir().resolve("src"), plain.resolve("src"));

        CheckResult result = new IsmsEngine().check(BuildRequest.defaults(plain));
        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.notes()).containsExactly("Document history is unavailable: no git repository at or above the "
                + "ISMS folder; versions, approvals and review dates are not established.");
        CheckResult strict = new IsmsEngine().check(BuildRequest.defaults(plain)
                .withHistory(new HistoryOptions(true, false, Optional.empty())));
        assertThat(strict.errors()).extracting(Diagnostic::code).containsOnly(Code.DOCUMENT_DRAFT).hasSize(3);

        Path site = tmp.resolve("plain-site");
        new IsmsEngine().site(BuildRequest.defaults(plain).withSite(new SiteOptions(site, false)));
        String page = read(site.resolve("docs/POL-001/index.html"));
        assertThat(page).doesNotContain("isms-revisions").doesNotContain("banner-draft")
                .contains("history unavailable: no git repository");
    }

    @Test
    void aShallowCloneFailsWithTheFixUnlessTruncatedHistoryIsAllowed() {
        GitFixture shallow = GitFixture.cloneOf(git, tmp.resolve("shallow"), "--depth", "1");

        CheckResult result = new IsmsEngine().check(BuildRequest.defaults(shallow.dir()));
        assertThat(ofCode(result, Code.HISTORY_SHALLOW)).singleElement().satisfies(d -> {
            assertThat(d.format()).startsWith("src/isms/isms.yaml:1:1: HISTORY_SHALLOW");
            assertThat(d.message()).contains("`fetch-depth: 0`").contains("`GIT_DEPTH: 0`");
        });
        CheckResult truncated = new IsmsEngine().check(BuildRequest.defaults(shallow.dir())
                .withHistory(new HistoryOptions(false, true, Optional.empty())));
        assertThat(truncated.errors()).isEmpty();
        assertThat(truncated.notes()).anySatisfy(n -> assertThat(n).contains("truncated"));
    }

    private static Map<String, CSVRecord> register(Path site) throws IOException {
        Map<String, CSVRecord> rows = new TreeMap<>();
        try (var reader = Files.newBufferedReader(site.resolve("register.csv"))) {
            for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                rows.put(r.get("id"), r);
            }
        }
        return rows;
    }

    private static Map<String, String> files(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            // Not the manifest's signature: each build signs anew (without a keystore, with a key of its own).
            for (Path p : walk.filter(Files::isRegularFile).filter(f -> !f.endsWith(Manifest.SIGNATURE_FILE_NAME)).toList()) {
                files.put(root.relativize(p).toString().replace('\\', '/'), read(p));
            }
        }
        return files;
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
