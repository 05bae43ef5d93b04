import io.github.isms.history.ApprovalRules;
import io.github.isms.history.HistoryReader;
import io.github.isms.history.HistoryRequest;
import io.github.isms.history.HistoryResult;
import io.github.isms.model.EvidenceKind;
import io.github.isms.model.Member;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.notes.NoteMap;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * Times the one history walk with and without approval notes. {@code write} puts an isms-approvals/1 note
 * (with JGit's NoteMap) on every commit of the repository under {@code refs/notes/isms-approvals}; the
 * harness then packs the repository, as a fetched notes ref arrives packed. Without {@code write}, runs
 * alternate with the notes ref present and absent, in one JVM after warm-up runs of each.
 * Usage: java -cp CLASSPATH NotesBenchmark write REPO | NotesBenchmark REPO [RUNS]
 */
public final class NotesBenchmark {

    private static final String REF = "refs/notes/isms-approvals";
    private static final int WARM_UP_RUNS = 10;

    public static void main(String[] args) throws Exception {
        if (args[0].equals("write")) {
            write(Path.of(args[1]).toAbsolutePath());
            return;
        }
        Path repo = Path.of(args[0]).toAbsolutePath();
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        try (Repository repository = new FileRepositoryBuilder().setWorkTree(repo.toFile()).setMustExist(true).build()) {
            ObjectId notes = repository.resolve(REF);
            List<Long> on = new ArrayList<>();
            List<Long> off = new ArrayList<>();
            HistoryRequest request = request(repo);
            for (int i = 0; i < WARM_UP_RUNS; i++) {
                point(repository, notes);
                new HistoryReader().read(request);
                point(repository, null);
                new HistoryReader().read(request);
            }
            for (int i = 0; i < runs; i++) {
                point(repository, notes);
                on.add(timed(request));
                point(repository, null);
                off.add(timed(request));
            }
            point(repository, notes);
            HistoryResult result = new HistoryReader().read(request);
            long byReview = result.documents().stream().flatMap(d -> d.revisions().stream())
                    .flatMap(r -> r.approvals().stream()).filter(a -> a.evidence() == EvidenceKind.REVIEWS).count();
            System.out.printf("%d approvals by review; %d findings; %s%n", byReview, result.findings().size(),
                    String.join(" ", result.notes()));
            System.out.printf("%d runs alternating, after %d warm-up runs of each; medians%n", runs, WARM_UP_RUNS);
            long a = median(off);
            long b = median(on);
            System.out.printf("history walk without notes: %.0f ms%nhistory walk with notes:    %.0f ms%n"
                    + "notes add %.1f %%%n", a / 1e6, b / 1e6, 100.0 * (b - a) / a);
        }
    }

    private static void write(Path repo) throws Exception {
        ObjectId notes;
        int count = 0;
        try (Repository repository = new FileRepositoryBuilder().setWorkTree(repo.toFile()).setMustExist(true).build();
                RevWalk walk = new RevWalk(repository); ObjectInserter inserter = repository.newObjectInserter()) {
            walk.markStart(walk.parseCommit(repository.resolve("main")));
            NoteMap map = NoteMap.newEmptyMap();
            for (RevCommit commit : walk) {
                map.set(commit, note(commit, count), inserter);
                count++;
            }
            CommitBuilder builder = new CommitBuilder();
            builder.setTreeId(map.writeTree(inserter));
            PersonIdent ident = new PersonIdent("isms", "isms@example.com");
            builder.setAuthor(ident);
            builder.setCommitter(ident);
            builder.setMessage("Notes added by isms:record-approvals\n");
            notes = inserter.insert(builder);
            inserter.flush();
            point(repository, notes);
            System.out.printf("%d notes written (one per commit)%n", count);
        }
    }

    /** An isms-approvals/1 note as the recorder writes it: Bob approved the merged head. */
    private static String note(RevCommit commit, int number) {
        String id = commit.name();
        return "{\n  \"format\": \"isms-approvals/1\",\n  \"platform\": \"github\",\n  \"request\": {\n"
                + "    \"number\": " + (number + 1) + ",\n    \"url\": \"https://github.com/org/isms/pull/" + (number + 1)
                + "\",\n    \"title\": \"Revise documents\",\n"
                + "    \"author\": {\"login\": \"carol-c\", \"name\": null, \"email\": null},\n"
                + "    \"headCommit\": \"" + id + "\",\n"
                + "    \"mergedBy\": {\"login\": \"alice-a\", \"name\": \"Alice\", \"email\": null},\n"
                + "    \"mergedAt\": \"2026-03-01T10:15:00Z\"\n  },\n  \"approvedCommitKnown\": true,\n"
                + "  \"approvals\": [\n    {\n      \"login\": \"bob-b\",\n      \"name\": \"Bob Becker\",\n"
                + "      \"email\": \"bob@example.com\",\n      \"state\": \"APPROVED\",\n      \"commit\": \"" + id + "\",\n"
                + "      \"at\": \"2026-03-01T09:00:00Z\"\n    }\n  ]\n}\n";
    }

    /** The generated repository's rules, with reviews read too. */
    private static HistoryRequest request(Path repo) {
        ApprovalRules rules = new ApprovalRules("main", Set.of(EvidenceKind.REVIEWS, EvidenceKind.TRAILERS,
                EvidenceKind.MERGER), List.of("Approved-by"), Map.of("CEO", List.of("bob@example.com"), "CISO",
                List.of("alice@example.com")), List.of("CEO"))
                .withPeople(new Member("bob@example.com", "Bob Becker", "bob-b", null));
        return new HistoryRequest(repo.resolve(ExtractOnce.DOCUMENTS), rules);
    }

    private static void point(Repository repository, ObjectId notes) throws Exception {
        RefUpdate update = repository.updateRef(REF);
        update.setForceUpdate(true);
        if (notes == null) {
            if (repository.exactRef(REF) != null) {
                update.delete();
            }
        } else {
            update.setNewObjectId(notes);
            update.update();
        }
    }

    private static long timed(HistoryRequest request) {
        long start = System.nanoTime();
        new HistoryReader().read(request);
        return System.nanoTime() - start;
    }

    private static long median(List<Long> values) {
        long[] sorted = values.stream().mapToLong(Long::longValue).sorted().toArray();
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }
}
