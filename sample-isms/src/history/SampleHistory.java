import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Date;
import org.bouncycastle.bcpg.ArmoredOutputStream;
import org.bouncycastle.bcpg.HashAlgorithmTags;
import org.bouncycastle.bcpg.PublicKeyAlgorithmTags;
import org.bouncycastle.bcpg.PublicKeyPacket;
import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.generators.RSAKeyPairGenerator;
import org.bouncycastle.crypto.params.RSAKeyGenerationParameters;
import org.bouncycastle.openpgp.PGPException;
import org.bouncycastle.openpgp.PGPKeyPair;
import org.bouncycastle.openpgp.PGPKeyRingGenerator;
import org.bouncycastle.openpgp.PGPSignature;
import org.bouncycastle.openpgp.PGPSignatureGenerator;
import org.bouncycastle.openpgp.PGPSignatureSubpacketGenerator;
import org.bouncycastle.openpgp.operator.bc.BcPGPContentSignerBuilder;
import org.bouncycastle.openpgp.operator.bc.BcPGPDigestCalculatorProvider;
import org.bouncycastle.openpgp.operator.bc.BcPGPKeyPair;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.ResetCommand.ResetType;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheBuilder;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.GpgSignature;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.notes.NoteMap;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * Writes the sample organisation's git repository: Brightwater Payroll's ISMS as its people built it
 * from September to November 2026, merge request by merge request, with the approvals each platform
 * recorded. Every date, author and committer is fixed, so two runs give the same commit ids.
 *
 * <p>Usage: {@code java -cp <jgit> SampleHistory.java <sample module folder> <repository folder>}. The
 * sample module holds the ISMS as it stands today under {@code src/isms/}, and the earlier versions and
 * the unmerged draft under {@code src/history/}. The repository folder is replaced.
 */
public final class SampleHistory {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final String ISMS = "src/isms/";
    private static final String DOCS = ISMS + "documents/";

    record Person(String name, String email, String github, String gitlab) {
        PersonIdent at(String when) {
            return new PersonIdent(name, email, LocalDateTime.parse(when).atZone(LONDON).toInstant(), LONDON);
        }

        String trailer() {
            return "Approved-by: " + name + " <" + email + ">";
        }
    }

    static final Person PRIYA = new Person("Priya Raman", "priya.raman@brightwater.example", "praman-bw", "praman");
    static final Person TOMAS = new Person("Tomás Alvarez", "tomas.alvarez@brightwater.example", "talvarez-bw", "talvarez");
    static final Person INGRID = new Person("Ingrid Hallberg", "ingrid.hallberg@brightwater.example", "ihallberg", "ihallberg");
    static final Person KWAME = new Person("Kwame Mensah", "kwame.mensah@brightwater.example", "kmensah-bw", "kmensah");
    static final Person CI = new Person("Brightwater CI", "ci@brightwater.example", null, null);
    static final PersonIdent GITHUB = new PersonIdent("GitHub", "noreply@github.com");

    private final Path sample;
    private final Repository repository;
    private final ObjectInserter inserter;
    private final NoteMap notes = NoteMap.newEmptyMap();
    private ObjectId notesTip;

    private SampleHistory(Path sample, Repository repository) {
        this.sample = sample;
        this.repository = repository;
        this.inserter = repository.newObjectInserter();
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 1 && args[0].equals("--print-web-flow-key")) {
            System.out.print(WebFlowKey.INSTANCE.publicKey());
            return;
        }
        if (args.length != 2) {
            System.err.println("usage: SampleHistory <sample module folder> <repository folder>");
            System.exit(2);
        }
        Path sample = Path.of(args[0]).toAbsolutePath().normalize();
        Path target = Path.of(args[1]).toAbsolutePath().normalize();
        deleteRecursively(target);
        Files.createDirectories(target);
        try (Repository repository = FileRepositoryBuilder.create(target.resolve(".git").toFile())) {
            repository.create();
            SampleHistory history = new SampleHistory(sample, repository);
            ObjectId main = history.write();
            try (Git git = Git.wrap(repository)) {
                git.reset().setMode(ResetType.HARD).setRef(main.name()).call();
            }
            System.out.println("Sample ISMS history written to " + target + ": main at " + main.name());
        }
    }

    /** The scripted history; returns main's tip. */
    private ObjectId write() throws IOException {
        Map<String, byte[]> main = new TreeMap<>();

        // Ingrid starts the repository on GitLab: settings and roles, before branch protection is on.
        main.put("README.md", text("""
                # Brightwater Payroll ISMS

                The information security management system of Brightwater Payroll Ltd, as Markdown
                documents under `src/isms/`. Change a document in a merge request; its approvers
                approve it there. The build publishes the approved versions.
                """));
        main.put(ISMS + "isms.yaml", earlier("isms.yaml"));
        ObjectId tip = commit(main, List.of(), INGRID.at("2026-09-01T09:12:00"), INGRID.at("2026-09-01T09:12:00"),
                "Start the ISMS: settings, roles and people\n");

        // Merge request !1: the management system documents, approved with Approved-by: trailers.
        Map<String, byte[]> branch = new TreeMap<>(main);
        put(branch, "management-system/isms-scope.md", "management-system/information-security-objectives.md");
        ObjectId side = commit(branch, List.of(tip), INGRID.at("2026-09-02T10:05:00"), INGRID.at("2026-09-02T10:05:00"),
                "Scope, context, interested parties and objectives\n");
        put(branch, "management-system/risk-assessment-process.md", "management-system/risk-treatment-process.md",
                "management-system/operational-planning-and-control.md", "management-system/internal-audit-programme.md",
                "management-system/business-continuity-plan.md");
        side = commit(branch, List.of(side), INGRID.at("2026-09-03T14:40:00"), INGRID.at("2026-09-03T14:40:00"),
                "Risk method, treatment process, operational planning, audit programme and continuity plan\n");
        tip = gitlabMerge(branch, tip, side, "management-system", 1, "Management system: scope, objectives and risk method",
                PRIYA, "2026-09-07T16:20:00", List.of(PRIYA, TOMAS));
        main = branch;

        // Merge request !2: the policies, approved with trailers.
        branch = new TreeMap<>(main);
        putAll(branch, "policies/");
        branch.put(DOCS + "policies/access-control-policy.md", earlier("access-control-policy.md"));
        side = commit(branch, List.of(tip), INGRID.at("2026-09-08T09:30:00"), INGRID.at("2026-09-08T09:30:00"),
                "Information security policy and the topic-specific policies\n");
        tip = gitlabMerge(branch, tip, side, "policies", 2, "Information security policy and topic-specific policies",
                TOMAS, "2026-09-14T11:00:00", List.of(PRIYA, TOMAS));
        main = branch;

        // Merge request !3: procedures, records, risks and the SoA; GitLab's approvals recorded as a note.
        branch = new TreeMap<>(main);
        putAll(branch, "procedures/");
        branch.remove(DOCS + "procedures/operations-security.md");
        branch.put(DOCS + "procedures/it-operations-security.md", earlier("it-operations-security.md"));
        branch.put(DOCS + "procedures/document-control.md", earlier("document-control.md"));
        side = commit(branch, List.of(tip), INGRID.at("2026-09-15T10:00:00"), INGRID.at("2026-09-15T10:00:00"),
                "Procedures: incidents, changes, vulnerabilities, operations, document control, corrective action\n");
        putAll(branch, "records/");
        branch.remove(DOCS + "records/management-review.md");
        branch.put(DOCS + "records/risk-register.md", earlier("risk-register.md"));
        branch.put(DOCS + "records/risk-treatment-plan.md", earlier("risk-treatment-plan.md"));
        branch.put(ISMS + "risks.yaml", earlier("risks.yaml"));
        branch.put(ISMS + "soa.yaml", earlier("soa.yaml"));
        side = commit(branch, List.of(side), INGRID.at("2026-09-16T15:30:00"), INGRID.at("2026-09-16T15:30:00"),
                "Records, the risk register and treatment plan, and the Statement of Applicability\n");
        tip = gitlabMerge(branch, tip, side, "procedures-and-records", 3, "Procedures, records, risks and the SoA",
                PRIYA, "2026-09-21T17:45:00", List.of());
        recordGitlab(tip, 3, "Procedures, records, risks and the SoA", INGRID, PRIYA, "2026-09-21T17:45:00",
                List.of(PRIYA, TOMAS), List.of("2026-09-18T11:02:00", "2026-09-21T08:55:00"));
        main = branch;

        // Merge request !4, the last on GitLab: approvals move to GitHub pull requests.
        branch = new TreeMap<>(main);
        branch.put(ISMS + "isms.yaml", beforeAcknowledgement(current(ISMS + "isms.yaml")));
        put(branch, "procedures/document-control.md");
        side = commit(branch, List.of(tip), INGRID.at("2026-11-02T09:15:00"), INGRID.at("2026-11-02T09:15:00"),
                "Approvals move to GitHub pull requests\n\nThe repository moves to GitHub; its reviews are recorded as git notes after each merge.\n");
        tip = gitlabMerge(branch, tip, side, "move-to-github", 4, "Approvals move to GitHub pull requests",
                TOMAS, "2026-11-02T16:00:00", List.of(TOMAS));
        main = branch;

        // Pull request #5 on GitHub: the operations procedure gets a new file name and title.
        branch = new TreeMap<>(main);
        branch.remove(DOCS + "procedures/it-operations-security.md");
        put(branch, "procedures/operations-security.md");
        side = commit(branch, List.of(tip), KWAME.at("2026-11-05T11:20:00"), KWAME.at("2026-11-05T11:20:00"),
                "Operations Security Procedure: it covers all operations, not only IT\n");
        tip = githubMerge(branch, tip, side, "rename-operations-procedure", 5,
                "Operations Security Procedure: new name and title", KWAME, TOMAS, "2026-11-09T10:02:00",
                List.of(TOMAS), List.of("2026-11-09T09:48:00"));
        main = branch;

        // Pull request #6: access control 1.1 supersedes 1.0.
        branch = new TreeMap<>(main);
        put(branch, "policies/access-control-policy.md");
        side = commit(branch, List.of(tip), TOMAS.at("2026-11-10T14:00:00"), TOMAS.at("2026-11-10T14:00:00"),
                "Access control 1.1: administrators sign in with security keys only\n");
        tip = githubMerge(branch, tip, side, "access-control-security-keys", 6,
                "Access Control Policy 1.1: security keys for administrators", TOMAS, PRIYA, "2026-11-16T09:40:00",
                List.of(PRIYA, KWAME), List.of("2026-11-13T17:05:00", "2026-11-12T10:31:00"));
        main = branch;

        // Pull request #7: the management review, treatment results and SoA 1.1.
        branch = new TreeMap<>(main);
        put(branch, "records/management-review.md");
        side = commit(branch, List.of(tip), INGRID.at("2026-11-19T10:30:00"), INGRID.at("2026-11-19T10:30:00"),
                "Management review of 18 November 2026\n");
        put(branch, "records/risk-register.md", "records/risk-treatment-plan.md");
        branch.put(ISMS + "risks.yaml", current(ISMS + "risks.yaml"));
        branch.put(ISMS + "soa.yaml", current(ISMS + "soa.yaml"));
        side = commit(branch, List.of(side), INGRID.at("2026-11-20T15:10:00"), INGRID.at("2026-11-20T15:10:00"),
                "Risk treatment results, the November risk assessment and SoA 1.1\n");
        tip = githubMerge(branch, tip, side, "management-review-2026", 7,
                "Management review 2026, treatment results and SoA 1.1", INGRID, TOMAS, "2026-11-23T12:00:00",
                List.of(PRIYA, TOMAS), List.of("2026-11-23T09:14:00", "2026-11-23T11:40:00"));
        main = branch;

        // Pull request #8: the evidence register, the staff list and the policies' acknowledgements.
        branch = new TreeMap<>(main);
        branch.put(ISMS + "isms.yaml", current(ISMS + "isms.yaml"));
        for (String path : List.of("evidence.yaml", "people/staff.csv", "records/acknowledgements/2026-09-policies.csv")) {
            branch.put(ISMS + path, current(ISMS + path));
        }
        side = commit(branch, List.of(tip), INGRID.at("2026-11-24T10:00:00"), INGRID.at("2026-11-24T10:00:00"),
                "Evidence register and the policies' staff acknowledgements\n");
        tip = githubMerge(branch, tip, side, "evidence-and-acknowledgements", 8,
                "Evidence register and staff acknowledgements", INGRID, TOMAS, "2026-11-25T15:30:00",
                List.of(TOMAS), List.of("2026-11-25T14:12:00"));
        main = branch;
        update(Constants.R_HEADS + "main", tip);

        // An open pull request: Kwame's draft of the backup policy 1.1, not yet approved.
        branch = new TreeMap<>(main);
        branch.put(DOCS + "policies/backup-policy.md", read(sample.resolve("src/history/draft/backup-policy.md")));
        side = commit(branch, List.of(tip), KWAME.at("2026-11-30T16:45:00"), KWAME.at("2026-11-30T16:45:00"),
                "Backup policy 1.1: keep monthly snapshots for seven years\n");
        update(Constants.R_HEADS + "backup-retention", side);

        update(Constants.R_NOTES + "isms-approvals", notesTip);
        RefUpdate head = repository.updateRef(Constants.HEAD);
        head.disableRefLog();
        head.link(Constants.R_HEADS + "main");
        verifyMatchesSources(main);
        return tip;
    }

    /** The history ends where the sources stand: main's tree is exactly {@code src/isms/} of the sample module. */
    private void verifyMatchesSources(Map<String, byte[]> main) throws IOException {
        Map<String, byte[]> sources = new TreeMap<>();
        Path isms = sample.resolve("src/isms");
        try (Stream<Path> files = Files.walk(isms)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                sources.put(ISMS + isms.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        }
        Map<String, byte[]> ismsOnMain = new TreeMap<>(main);
        ismsOnMain.keySet().removeIf(path -> !path.startsWith(ISMS));
        if (!ismsOnMain.keySet().equals(sources.keySet())) {
            throw new IllegalStateException("the scripted history ends with " + ismsOnMain.keySet()
                    + " but src/isms holds " + sources.keySet());
        }
        for (var e : sources.entrySet()) {
            if (!java.util.Arrays.equals(e.getValue(), ismsOnMain.get(e.getKey()))) {
                throw new IllegalStateException("the scripted history ends with another " + e.getKey() + " than src/isms holds");
            }
        }
    }

    private ObjectId gitlabMerge(Map<String, byte[]> tree, ObjectId first, ObjectId second, String branch, int number,
            String title, Person merger, String when, List<Person> trailerApprovers) throws IOException {
        StringBuilder message = new StringBuilder("Merge branch '" + branch + "' into 'main'\n\n" + title
                + "\n\nSee merge request brightwater-payroll/isms!" + number + "\n");
        if (!trailerApprovers.isEmpty()) {
            message.append('\n');
            trailerApprovers.forEach(p -> message.append(p.trailer()).append('\n'));
        }
        return commit(tree, List.of(first, second), merger.at(when), merger.at(when), message.toString());
    }

    private ObjectId githubMerge(Map<String, byte[]> tree, ObjectId first, ObjectId head, String branch, int number,
            String title, Person author, Person merger, String when, List<Person> reviewers, List<String> reviewedAt)
            throws IOException {
        PersonIdent web = new PersonIdent(GITHUB, merger.at(when).getWhenAsInstant(), LONDON);
        ObjectId merge = commit(tree, List.of(first, head), merger.at(when), web,
                "Merge pull request #" + number + " from brightwater-payroll/" + branch + "\n\n" + title + "\n",
                WebFlowKey.INSTANCE);
        StringBuilder approvals = new StringBuilder();
        for (int i = 0; i < reviewers.size(); i++) {
            Person r = reviewers.get(i);
            approvals.append(i == 0 ? "" : ",\n").append("    {\n")
                    .append("      \"login\": ").append(json(r.github())).append(",\n")
                    .append("      \"name\": ").append(json(r.name())).append(",\n")
                    .append("      \"email\": ").append(json(r.email())).append(",\n")
                    .append("      \"state\": \"APPROVED\",\n")
                    .append("      \"commit\": ").append(json(head.name())).append(",\n")
                    .append("      \"at\": ").append(json(utc(reviewedAt.get(i)))).append("\n")
                    .append("    }");
        }
        note(merge, "github", number, "https://github.com/brightwater-payroll/isms/pull/" + number, title,
                author.github(), head, merger.github(), merger.name(), when, true, approvals.toString());
        return merge;
    }

    private void recordGitlab(ObjectId merge, int number, String title, Person author, Person merger, String when,
            List<Person> approvers, List<String> approvedAt) throws IOException {
        StringBuilder approvals = new StringBuilder();
        for (int i = 0; i < approvers.size(); i++) {
            Person r = approvers.get(i);
            approvals.append(i == 0 ? "" : ",\n").append("    {\n")
                    .append("      \"login\": ").append(json(r.gitlab())).append(",\n")
                    .append("      \"name\": ").append(json(r.name())).append(",\n")
                    .append("      \"email\": null,\n")
                    .append("      \"state\": \"APPROVED\",\n")
                    .append("      \"commit\": null,\n")
                    .append("      \"at\": ").append(json(utc(approvedAt.get(i)))).append("\n")
                    .append("    }");
        }
        ObjectId head = repository.parseCommit(merge).getParent(1).getId();
        note(merge, "gitlab", number, "https://gitlab.com/brightwater-payroll/isms/-/merge_requests/" + number, title,
                author.gitlab(), head, merger.gitlab(), merger.name(), when, false, approvals.toString());
    }

    /** A note as isms:record-approvals writes it, committed on the notes ref by CI two minutes after the merge. */
    private void note(ObjectId merge, String platform, int number, String url, String title, String authorLogin,
            ObjectId head, String mergerLogin, String mergerName, String mergedAt, boolean approvedCommitKnown,
            String approvals) throws IOException {
        String json = "{\n"
                + "  \"format\": \"isms-approvals/1\",\n"
                + "  \"platform\": " + json(platform) + ",\n"
                + "  \"request\": {\n"
                + "    \"number\": " + number + ",\n"
                + "    \"url\": " + json(url) + ",\n"
                + "    \"title\": " + json(title) + ",\n"
                + "    \"author\": {\"login\": " + json(authorLogin) + ", \"name\": null, \"email\": null},\n"
                + "    \"headCommit\": " + json(head.name()) + ",\n"
                + "    \"mergedBy\": {\"login\": " + json(mergerLogin) + ", \"name\": " + json(mergerName) + ", \"email\": null},\n"
                + "    \"mergedAt\": " + json(utc(mergedAt)) + "\n"
                + "  },\n"
                + "  \"approvedCommitKnown\": " + approvedCommitKnown + ",\n"
                + "  \"approvals\": [\n" + approvals + "\n  ]\n"
                + "}\n";
        notes.set(merge, inserter.insert(Constants.OBJ_BLOB, json.getBytes(StandardCharsets.UTF_8)));
        CommitBuilder c = new CommitBuilder();
        c.setTreeId(notes.writeTree(inserter));
        if (notesTip != null) {
            c.setParentId(notesTip);
        }
        PersonIdent ci = CI.at(LocalDateTime.parse(mergedAt).plusMinutes(2).toString());
        c.setAuthor(ci);
        c.setCommitter(ci);
        c.setEncoding(StandardCharsets.UTF_8);
        c.setMessage("Notes added by 'isms:record-approvals'\n");
        notesTip = inserter.insert(c);
    }

    private ObjectId commit(Map<String, byte[]> tree, List<ObjectId> parents, PersonIdent author, PersonIdent committer,
            String message) throws IOException {
        return commit(tree, parents, author, committer, message, null);
    }

    /** A commit of {@code tree}, signed by {@code signer} when one is given (as GitHub signs its web merges). */
    private ObjectId commit(Map<String, byte[]> tree, List<ObjectId> parents, PersonIdent author, PersonIdent committer,
            String message, WebFlowKey signer) throws IOException {
        DirCache index = DirCache.newInCore();
        DirCacheBuilder builder = index.builder();
        for (var file : tree.entrySet()) {
            DirCacheEntry entry = new DirCacheEntry(file.getKey());
            entry.setFileMode(FileMode.REGULAR_FILE);
            entry.setObjectId(inserter.insert(Constants.OBJ_BLOB, file.getValue()));
            builder.add(entry);
        }
        builder.finish();
        CommitBuilder c = new CommitBuilder();
        c.setTreeId(index.writeTree(inserter));
        c.setParentIds(parents);
        c.setAuthor(author);
        c.setCommitter(committer);
        c.setEncoding(StandardCharsets.UTF_8);
        c.setMessage(message);
        if (signer != null) {
            c.setGpgSignature(new GpgSignature(signer.sign(c.build(), Date.from(committer.getWhenAsInstant()))));
        }
        ObjectId id = inserter.insert(c);
        inserter.flush();
        return id;
    }

    private void update(String ref, ObjectId id) throws IOException {
        inserter.flush();
        RefUpdate update = repository.updateRef(ref);
        update.setNewObjectId(id);
        update.setForceUpdate(true);
        update.disableRefLog();
        RefUpdate.Result result = update.update();
        if (result != RefUpdate.Result.NEW && result != RefUpdate.Result.FORCED) {
            throw new IllegalStateException(ref + ": " + result);
        }
    }

    /** Copies today's version of each named document (relative to the documents folder) into {@code tree}. */
    private void put(Map<String, byte[]> tree, String... documents) throws IOException {
        for (String document : documents) {
            tree.put(DOCS + document, current(DOCS + document));
        }
    }

    /** Copies today's version of every document under {@code folder} (relative to the documents folder). */
    private void putAll(Map<String, byte[]> tree, String folder) throws IOException {
        Path dir = sample.resolve(DOCS + folder);
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.sorted(Comparator.naturalOrder()).toList()) {
                tree.put(DOCS + folder + file.getFileName(), Files.readAllBytes(file));
            }
        }
    }

    private byte[] current(String path) throws IOException {
        return read(sample.resolve(path));
    }

    /** isms.yaml as it read before pull request #8 added the staff acknowledgement settings at its end. */
    private static byte[] beforeAcknowledgement(byte[] ismsYaml) {
        String text = new String(ismsYaml, java.nio.charset.StandardCharsets.UTF_8);
        int block = text.indexOf("# Staff acknowledgement:");
        return (block < 0 ? text : text.substring(0, block)).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private byte[] earlier(String name) throws IOException {
        return read(sample.resolve("src/history/earlier").resolve(name));
    }

    private static byte[] read(Path file) throws IOException {
        return Files.readAllBytes(file);
    }

    private static byte[] text(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String utc(String londonTime) {
        return LocalDateTime.parse(londonTime).atZone(LONDON).toInstant().toString();
    }

    private static String json(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder("\"");
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                default -> out.append(ch < 0x20 ? String.format("\\u%04x", (int) ch) : String.valueOf(ch));
            }
        }
        return out.append('"').toString();
    }

    private static void deleteRecursively(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /**
     * The sample's stand-in for GitHub's web-flow key, with which GitHub signs the merges made in its web
     * interface. Derived from a fixed seed, so that every run gives the same key and signatures (RSA
     * signatures are deterministic): a fictional key for a fictional organisation, trusted in the
     * sample's isms.yaml under approval.signers. Run the script with {@code --print-web-flow-key} to
     * print its public key.
     */
    static final class WebFlowKey {

        private static final Date CREATED = Date.from(LocalDateTime.parse("2026-10-30T12:00:00").atZone(LONDON).toInstant());
        static final WebFlowKey INSTANCE = new WebFlowKey();

        private final PGPKeyPair pair;
        private final byte[] publicKeyRing;

        private WebFlowKey() {
            try {
                RSAKeyPairGenerator generator = new RSAKeyPairGenerator();
                generator.init(new RSAKeyGenerationParameters(BigInteger.valueOf(65537), new SeededRandom("brightwater web-flow"), 2048, 80));
                AsymmetricCipherKeyPair keys = generator.generateKeyPair();
                pair = new BcPGPKeyPair(PublicKeyPacket.VERSION_4, PublicKeyAlgorithmTags.RSA_GENERAL, keys, CREATED);
                PGPSignatureSubpacketGenerator certification = new PGPSignatureSubpacketGenerator();
                certification.setSignatureCreationTime(false, CREATED);
                PGPKeyRingGenerator ring = new PGPKeyRingGenerator(PGPSignature.POSITIVE_CERTIFICATION, pair,
                        "GitHub (web-flow, the Brightwater sample's stand-in) <noreply@github.com>",
                        new BcPGPDigestCalculatorProvider().get(HashAlgorithmTags.SHA1), certification.generate(), null,
                        new BcPGPContentSignerBuilder(PublicKeyAlgorithmTags.RSA_GENERAL, HashAlgorithmTags.SHA256), null);
                publicKeyRing = armor(ring.generatePublicKeyRing().getEncoded());
            } catch (PGPException | IOException e) {
                throw new IllegalStateException("can not make the sample's web-flow key", e);
            }
        }

        byte[] sign(byte[] payload, Date when) throws IOException {
            try {
                PGPSignatureGenerator generator = new PGPSignatureGenerator(
                        new BcPGPContentSignerBuilder(PublicKeyAlgorithmTags.RSA_GENERAL, HashAlgorithmTags.SHA256), pair.getPublicKey());
                generator.init(PGPSignature.BINARY_DOCUMENT, pair.getPrivateKey());
                PGPSignatureSubpacketGenerator hashed = new PGPSignatureSubpacketGenerator();
                hashed.setSignatureCreationTime(false, when);
                hashed.setIssuerFingerprint(false, pair.getPublicKey());
                generator.setHashedSubpackets(hashed.generate());
                generator.update(payload);
                return armor(generator.generate().getEncoded());
            } catch (PGPException e) {
                throw new IOException("can not sign with the sample's web-flow key", e);
            }
        }

        String publicKey() {
            return new String(publicKeyRing, StandardCharsets.US_ASCII);
        }

        private static byte[] armor(byte[] binary) throws IOException {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ArmoredOutputStream armored = ArmoredOutputStream.builder().clearHeaders().build(out)) {
                armored.write(binary);
            }
            return out.toByteArray();
        }
    }

    /** Randomness that is the same on every run: SHA-256 of a seed and a counter. */
    static final class SeededRandom extends SecureRandom {

        private final byte[] seed;
        private long counter;

        SeededRandom(String seed) {
            this.seed = seed.getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public void nextBytes(byte[] bytes) {
            try {
                MessageDigest sha = MessageDigest.getInstance("SHA-256");
                for (int i = 0; i < bytes.length; i += 32) {
                    sha.update(seed);
                    sha.update(BigInteger.valueOf(counter++).toByteArray());
                    byte[] block = sha.digest();
                    System.arraycopy(block, 0, bytes, i, Math.min(32, bytes.length - i));
                }
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
