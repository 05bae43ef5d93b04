import io.github.isms.history.ApprovalRules;
import io.github.isms.history.DocumentHistory;
import io.github.isms.history.HistoryReader;
import io.github.isms.history.HistoryRequest;
import io.github.isms.history.HistoryResult;
import io.github.isms.model.EvidenceKind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Times, in one run on one repository: our history extraction (all documents, front-matter versions,
 * approvals), native {@code git log --name-status -M -- <documents dir>}, and the naive loop of one
 * {@code git log --follow} per document. Usage: java -cp CLASSPATH HistoryBenchmark.java REPO [RUNS]
 */
public final class HistoryBenchmark {

    private static final String DOCS = "src/isms/documents";

    public static void main(String[] args) throws Exception {
        Path repo = Path.of(args[0]).toAbsolutePath();
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        // The naive loop takes minutes on the full set; by default it runs on every tenth document and is scaled.
        int naiveStep = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        ApprovalRules rules = new ApprovalRules("main", Set.of(EvidenceKind.TRAILERS, EvidenceKind.MERGER),
                List.of("Approved-by"), Map.of("CEO", List.of("bob@example.com"), "CISO", List.of("alice@example.com")),
                List.of("CEO"));
        HistoryRequest request = new HistoryRequest(repo.resolve(DOCS), rules);

        // Runs alternate between our reader and native git, so that both see the same machine load.
        // CPU time is reported beside wall time: on a shared machine it is the steadier of the two.
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long[] ours = new long[runs];
        long[] oursCpu = new long[runs];
        long[] nativeLog = new long[runs];
        long[] nativeLogCpu = new long[runs];
        long[] nativeFirstParent = new long[runs];
        HistoryResult result = null;
        for (int i = 0; i < runs; i++) {
            long cpu = os.getProcessCpuTime();
            long start = System.nanoTime();
            result = new HistoryReader().read(request);
            ours[i] = System.nanoTime() - start;
            oursCpu[i] = os.getProcessCpuTime() - cpu;
            nativeLog[i] = time(repo, "git", "log", "--name-status", "-M", "--", DOCS);
            nativeLogCpu[i] = cpuOf(repo, "git log --name-status -M -- " + DOCS);
            nativeFirstParent[i] = time(repo, "git", "log", "--first-parent", "-m", "--name-status", "-M",
                    "--format=%H%x00%an%x00%ae%x00%ct%x00%B", "--", DOCS);
        }
        int revisions = result.documents().stream().mapToInt(d -> d.revisions().size()).sum();
        long approved = result.documents().stream().flatMap(d -> d.revisions().stream()).filter(r -> r.approved()).count();

        List<String> files;
        try (Stream<Path> walk = Files.walk(repo.resolve(DOCS))) {
            files = walk.filter(p -> p.toString().endsWith(".md")).map(p -> repo.relativize(p).toString()).sorted().toList();
        }
        long naiveStart = System.nanoTime();
        int naiveFiles = 0;
        for (int i = 0; i < files.size(); i += naiveStep) {
            run(repo, "git", "log", "--follow", "--name-status", "-M", "--format=%H %ct %ae%n%B", "--", files.get(i));
            naiveFiles++;
        }
        long naive = (System.nanoTime() - naiveStart) / Math.max(1, naiveFiles) * files.size();

        System.out.printf("repository: %d commits (%d on the first-parent line), %d documents, %d revisions (%d approved)%n",
                Integer.parseInt(output(repo, "git", "rev-list", "--count", "main").strip()),
                Integer.parseInt(output(repo, "git", "rev-list", "--first-parent", "--count", "main").strip()),
                result.documents().size(), revisions, approved);
        System.out.printf("ours (HistoryReader, in-process) wall: first run %6.0f ms, warm median %6.0f ms; "
                + "CPU: first %6.0f ms, warm median %6.0f ms%n", ms(ours[0]), ms(warm(ours)), ms(oursCpu[0]),
                ms(warm(oursCpu)));
        System.out.printf("native git log --name-status -M -- %s wall: first run %6.0f ms, median %6.0f ms; "
                + "CPU: median %6.0f ms%n", DOCS, ms(nativeLog[0]), ms(warm(nativeLog)), ms(warm(nativeLogCpu)));
        System.out.printf("native git log --first-parent -m --name-status -M (with messages) wall median %6.0f ms%n",
                ms(warm(nativeFirstParent)));
        System.out.printf("naive per-file git log --follow loop, %d files (measured on %d, scaled) %8.0f ms%n",
                files.size(), naiveFiles, ms(naive));
        System.out.printf("ratio ours / native git log: wall %.2fx (warm), %.2fx (first run); CPU %.2fx (warm); "
                + "naive loop / ours: %.0fx%n", (double) warm(ours) / warm(nativeLog),
                (double) ours[0] / warm(nativeLog), (double) warm(oursCpu) / warm(nativeLogCpu),
                (double) naive / warm(ours));
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    /** The median of the second half of the runs: the JIT has compiled the hot code by then. */
    private static long warm(long[] values) {
        return median(Arrays.copyOfRange(values, values.length / 2, values.length));
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static long time(Path dir, String... command) throws IOException, InterruptedException {
        long start = System.nanoTime();
        run(dir, command);
        return System.nanoTime() - start;
    }

    /** CPU time (user + system of the children, from bash's {@code times}) of a shell command. */
    private static long cpuOf(Path dir, String command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("bash", "-c", command + " >/dev/null; times").directory(dir.toFile())
                .start();
        String out = new String(process.getInputStream().readAllBytes());
        process.waitFor();
        String[] lines = out.strip().split("\n");
        long cpu = 0;
        for (String part : lines[lines.length - 1].strip().split("\\s+")) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+)m([\\d.]+)s").matcher(part);
            if (m.matches()) {
                cpu += (long) ((Long.parseLong(m.group(1)) * 60 + Double.parseDouble(m.group(2))) * 1e9);
            }
        }
        return cpu;
    }

    private static void run(Path dir, String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        try (InputStream in = process.getInputStream()) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed");
        }
    }

    private static String output(Path dir, String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(dir.toFile()).start();
        String out = new String(process.getInputStream().readAllBytes());
        process.waitFor();
        return out;
    }
}
