package io.github.isms.history;

import static io.github.isms.testing.GitFixture.ALICE;
import static io.github.isms.testing.GitFixture.CAROL;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.isms.testing.GitFixture;
import io.github.isms.testing.ControlledIsms;
import io.github.isms.model.TrustedSigner;
import io.github.isms.testing.ScriptedRepository;
import io.github.isms.testing.TestDocument;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Signed merges with real keys: OpenPGP keys made by gpg in a temporary GNUPGHOME and SSH keys made by
 * ssh-keygen; commits signed by the git command line as a platform's web merge signs them. Verification
 * itself never calls gpg: the build trusts only the keys isms.yaml lists.
 */
class MergeSignaturesTest {

    private static final String TRAILER = "Merge branch 'p' into 'main'\n\nPolicy\n\nApproved-by: Bob Ceo <bob@example.com>";

    @TempDir
    Path temp;

    private GitFixture git;

    private GitFixture repoWithPullRequestBranch() {
        git = GitFixture.init(temp.resolve("repo"));
        git.write("README.md", "ISMS\n");
        git.commit(ALICE, "Start");
        git.branch("p");
        git.document("isp.md", "POL-001", "1.0", "Text.");
        git.commit(CAROL, "Policy");
        git.checkout("main");
        return git;
    }

    private Revision revision(TrustedSigner... signers) {
        return result(signers).document("POL-001").orElseThrow().revisions().get(0);
    }

    private HistoryResult result(TrustedSigner... signers) {
        return new HistoryReader().read(new HistoryRequest(git.documents(),
                ApprovalTest.trailerRules().withSigners(signers)));
    }

    /** A fresh OpenPGP signing key without passphrase in its own GNUPGHOME; returns its armored public key. */
    private String gpgKey(Path home, String uid) {
        run(home, List.of("gpg", "--batch", "--passphrase", "", "--quick-gen-key", uid, "ed25519", "sign", "never"));
        return run(home, List.of("gpg", "--armor", "--export", uid));
    }

    private static String run(Path gnupgHome, List<String> command) {
        try {
            Files.createDirectories(gnupgHome);
            gnupgHome.toFile().setReadable(true, true);
            ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
            builder.environment().put("GNUPGHOME", gnupgHome.toString());
            Process process = builder.start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                throw new IllegalStateException(command + " failed");
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String sshKey(String name) {
        Path key = temp.resolve(name);
        run(temp.resolve("gnupg-unused"), List.of("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", name, "-f",
                key.toString()));
        try {
            return Files.readString(temp.resolve(name + ".pub")).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static TrustedSigner openpgp(String armored) {
        return new TrustedSigner(TrustedSigner.Format.OPENPGP, armored, "Web merge key");
    }

    @Test
    void aMergeSignedByATrustedOpenPgpKeyCountsAndSaysSo() {
        Path home = temp.resolve("gnupg");
        String key = gpgKey(home, "Web Flow <web-flow@example.com>");
        repoWithPullRequestBranch().environment("GNUPGHOME", home.toString());
        git.signedMerge("p", ALICE, TRAILER, "user.signingkey=web-flow@example.com");

        Revision revision = revision(openpgp(key));

        assertThat(revision.approved()).isTrue();
        assertThat(revision.signature().state()).isEqualTo(MergeSignature.State.VERIFIED);
        assertThat(revision.signature().signer()).isEqualTo("Web merge key");
        assertThat(revision.signature().text()).isEqualTo("signed merge, verified");
    }

    @Test
    void anUnsignedMergeCarriesNoEvidenceWhenSignersAreSet() {
        Path home = temp.resolve("gnupg");
        String key = gpgKey(home, "Web Flow <web-flow@example.com>");
        repoWithPullRequestBranch();
        git.merge("p", ALICE, TRAILER);

        HistoryResult result = result(openpgp(key));

        assertThat(result.document("POL-001").orElseThrow().state()).isEqualTo(ContentState.DRAFT_UNAPPROVED_CHANGE);
        assertThat(result.findings()).extracting(Finding::kind).containsExactly(FindingKind.UNSIGNED);
        assertThat(new HistoryReader().read(new HistoryRequest(git.documents(), ApprovalTest.trailerRules()))
                .document("POL-001").orElseThrow().state()).as("without signers").isEqualTo(ContentState.APPROVED);
    }

    @Test
    void aMergeSignedByAKeyThatIsNotTrustedCarriesNoEvidence() {
        Path home = temp.resolve("gnupg");
        String trusted = gpgKey(home, "Web Flow <web-flow@example.com>");
        gpgKey(home, "Carol Laptop <carol@example.com>");
        repoWithPullRequestBranch().environment("GNUPGHOME", home.toString());
        git.signedMerge("p", ALICE, TRAILER, "user.signingkey=carol@example.com");

        HistoryResult result = result(openpgp(trusted));

        Revision revision = result.document("POL-001").orElseThrow().revisions().get(0);
        assertThat(revision.approved()).isFalse();
        assertThat(revision.signature().state()).isEqualTo(MergeSignature.State.UNTRUSTED);
        assertThat(result.findings()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(FindingKind.BAD_SIGNATURE);
            assertThat(f.message()).contains("approval.signers does not list");
        });
    }

    @Test
    void aSignedMergeRewrittenWithTheSameSignatureIsReported() {
        Path home = temp.resolve("gnupg");
        String key = gpgKey(home, "Web Flow <web-flow@example.com>");
        repoWithPullRequestBranch().environment("GNUPGHOME", home.toString());
        String signed = git.signedMerge("p", ALICE, "Merge branch 'p' into 'main'\n\nPolicy",
                "user.signingkey=web-flow@example.com");
        String raw = git.git("cat-file", "commit", signed);
        String forged = tamper(raw.replace("\n\nPolicy\n", "\n\nPolicy\n\nApproved-by: Bob Ceo <bob@example.com>\n"));
        git.git("update-ref", "refs/heads/main", forged);
        git.git("reset", "-q", "--hard", "main");

        HistoryResult result = result(openpgp(key));

        Revision revision = result.document("POL-001").orElseThrow().revisions().get(0);
        assertThat(revision.commitId()).isEqualTo(forged);
        assertThat(revision.approved()).isFalse();
        assertThat(revision.signature().state()).isEqualTo(MergeSignature.State.BAD);
        assertThat(result.findings()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(FindingKind.BAD_SIGNATURE);
            assertThat(f.message()).contains("changed after signing");
        });
    }

    /** Writes a commit object as given (its signature header kept) and returns its id. */
    private String tamper(String commit) {
        Path file = temp.resolve("forged-commit");
        try {
            Files.writeString(file, commit, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return git.git("hash-object", "-t", "commit", "-w", file.toString()).strip();
    }

    @Test
    void aVerifiedSignedMergeIsSaidInThePagesRevisionTableAndInThePdfsControlBlock() throws Exception {
        String key = sshKey("web-merge");
        git = GitFixture.init(temp.resolve("repo"));
        git.write(".gitignore", "target/\n").write("src/isms/isms.yaml", ScriptedRepository.CONFIG.replace(
                "approval: {branch: main, evidence: [trailers], trailers: [Approved-by]}",
                "approval:\n  branch: main\n  evidence: [trailers]\n  trailers: [Approved-by]\n  signers:\n"
                        + "    - {name: Web merge key, ssh: \"alice@example.com " + key + "\"}"));
        git.commit(ALICE, "Start the ISMS");
        git.branch("p");
        git.write("src/isms/documents/isp.md", TestDocument.of("POL-001").version("1.0").body("Only the owner grants access."));
        git.commit(CAROL, "Access control policy");
        git.checkout("main");
        git.signedMerge("p", ALICE, "Merge branch 'p' into 'main'\n\nAccess control policy\n\n"
                + "Approved-by: Bob Ceo <bob@example.com>", "gpg.format=ssh", "user.signingkey=" + temp.resolve("web-merge"));

        Path site = ControlledIsms.site(git, temp.resolve("site"), true, ControlledIsms.AT_TODAY);

        assertThat(Files.readString(site.resolve("docs/POL-001/index.html"))).contains("signed merge, verified");
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(
                Files.readAllBytes(site.resolve("docs/POL-001/POL-001.pdf")))) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("APPROVED", "signed merge, verified");
        }
    }

    @Test
    void sshSignaturesAreVerifiedAgainstAllowedSignersLines() {
        String trusted = sshKey("web-merge");
        String other = sshKey("laptop");
        repoWithPullRequestBranch();
        git.signedMerge("p", ALICE, TRAILER, "gpg.format=ssh", "user.signingkey=" + temp.resolve("web-merge"));
        TrustedSigner allowed = new TrustedSigner(TrustedSigner.Format.SSH, "alice@example.com " + trusted, null);
        TrustedSigner notThisOne = new TrustedSigner(TrustedSigner.Format.SSH, "alice@example.com " + other, null);

        Revision verified = revision(allowed);
        Revision untrusted = revision(notThisOne);

        assertThat(verified.approved()).isTrue();
        assertThat(verified.signature().state()).isEqualTo(MergeSignature.State.VERIFIED);
        assertThat(untrusted.approved()).isFalse();
        assertThat(untrusted.signature().state()).isEqualTo(MergeSignature.State.UNTRUSTED);
    }

    @Test
    void aSquashCommitSignedByATrustedKeyShowsItCameThroughARequestSoItsTrailersCount() {
        String trusted = sshKey("web-merge");
        git = GitFixture.init(temp.resolve("repo"));
        git.write("README.md", "ISMS\n");
        git.commit(ALICE, "Start");
        git.document("isp.md", "POL-001", "1.0", "Text.");
        List<String> args = new ArrayList<>(List.of("-c", "gpg.format=ssh", "-c", "user.signingkey="
                + temp.resolve("web-merge"), "commit", "-q", "-S", "-m", "Policy (#5)\n\nApproved-by: Bob Ceo <bob@example.com>"));
        git.git("add", "-A");
        git.git(args.toArray(String[]::new));

        Revision revision = revision(new TrustedSigner(TrustedSigner.Format.SSH, "* " + trusted, "web merge"));

        assertThat(revision.approved()).isTrue();
    }
}
