import io.github.isms.history.ApprovalRules;
import io.github.isms.history.HistoryReader;
import io.github.isms.history.HistoryRequest;
import io.github.isms.history.HistoryResult;
import io.github.isms.model.EvidenceKind;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One history extraction in a fresh JVM, the counterpart of one {@code git log} process: the benchmark
 * times this whole process (JVM start, class loading, cold code, the extraction) beside git's.
 * Usage: java -cp CLASSPATH ExtractOnce REPO
 */
public final class ExtractOnce {

    static final String DOCUMENTS = "src/isms/documents";

    /** The approval rules of the generated repository: trailers and mergers, CEO approves by default. */
    static HistoryRequest request(Path repo) {
        ApprovalRules rules = new ApprovalRules("main", Set.of(EvidenceKind.TRAILERS, EvidenceKind.MERGER),
                List.of("Approved-by"), Map.of("CEO", List.of("bob@example.com"), "CISO", List.of("alice@example.com")),
                List.of("CEO"));
        return new HistoryRequest(repo.resolve(DOCUMENTS), rules);
    }

    public static void main(String[] args) {
        HistoryResult result = new HistoryReader().read(request(Path.of(args[0]).toAbsolutePath()));
        int revisions = result.documents().stream().mapToInt(d -> d.revisions().size()).sum();
        System.out.println(result.documents().size() + " documents, " + revisions + " revisions");
    }
}
