import io.github.isms.history.HistoryReader;
import io.github.isms.history.HistoryRequest;
import io.github.isms.history.HistoryResult;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * Times, in one run on one repository, our history extraction (all documents, front-matter versions,
 * approvals, states) against native {@code git log --name-status -M -- <documents dir>}, two ways:
 * <ul>
 * <li>whole process against whole process: {@code java ExtractOnce} (a fresh JVM that extracts once) and
 * {@code git log}, each timed by bash ({@code time}: wall, user + system CPU); the JVM also as the README
 * recommends it for short builds in {@code .mvn/jvm.config}, with {@code -XX:TieredStopAtLevel=1};</li>
 * <li>warm, in this JVM: {@link HistoryReader#read} after 30 untimed runs, when the JIT has compiled it,
 * against the same git processes.</li>
 * </ul>
 * Runs alternate so that all see the same machine load; then the naive loop of one {@code git log --follow}
 * per document. Usage: java -cp CLASSPATH HistoryBenchmark REPO [RUNS] [NAIVE_STEP]
 */
public final class HistoryBenchmark {

    private static final String DOCS = ExtractOnce.DOCUMENTS;
    private static final int WARM_UP_RUNS = 30;

    /** Wall and CPU (user + system) nanoseconds of one measured run. */
    record Sample(long wall, long cpu) {
    }

    public static void main(String[] args) throws Exception {
        Path repo = Path.of(args[0]).toAbsolutePath();
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        // The naive loop takes minutes on the full set; by default it runs on every tenth document and is scaled.
        int naiveStep = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        HistoryRequest request = ExtractOnce.request(repo);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String[] gitLog = {"git", "log", "--name-status", "-M", "--", DOCS};
        String classpath = System.getProperty("java.class.path");
        String[] ourProcess = {java, "-cp", classpath, "ExtractOnce", repo.toString()};
        String[] ourProcessC1 = {java, "-XX:TieredStopAtLevel=1", "-cp", classpath, "ExtractOnce", repo.toString()};

        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        Sample first = inProcess(os, request);
        // Untimed runs until the JIT has compiled the hot code: "warm" means the extraction's own work.
        for (int i = 0; i < WARM_UP_RUNS; i++) {
            new HistoryReader().read(request);
        }
        List<Sample> warm = new ArrayList<>();
        List<Sample> gitProcess = new ArrayList<>();
        List<Sample> oursProcess = new ArrayList<>();
        List<Sample> oursProcessC1 = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            warm.add(inProcess(os, request));
            gitProcess.add(timed(repo, gitLog));
            oursProcess.add(timed(repo, ourProcess));
            oursProcessC1.add(timed(repo, ourProcessC1));
        }
        HistoryResult result = new HistoryReader().read(request);
        int revisions = result.documents().stream().mapToInt(d -> d.revisions().size()).sum();
        long approved = result.documents().stream().flatMap(d -> d.revisions().stream()).filter(r -> r.approved())
                .count();

        List<String> files;
        try (Stream<Path> walk = Files.walk(repo.resolve(DOCS))) {
            files = walk.filter(p -> p.toString().endsWith(".md")).map(p -> repo.relativize(p).toString()).sorted()
                    .toList();
        }
        long naiveStart = System.nanoTime();
        int naiveFiles = 0;
        for (int i = 0; i < files.size(); i += naiveStep) {
            run(repo, "git", "log", "--follow", "--name-status", "-M", "--format=%H %ct %ae%n%B", "--", files.get(i));
            naiveFiles++;
        }
        long naive = (System.nanoTime() - naiveStart) / Math.max(1, naiveFiles) * files.size();

        System.out.printf("repository: %d commits (%d on the first-parent line), %d documents, %d revisions "
                + "(%d approved)%n", Integer.parseInt(output(repo, "git", "rev-list", "--count", "main").strip()),
                Integer.parseInt(output(repo, "git", "rev-list", "--first-parent", "--count", "main").strip()),
                result.documents().size(), revisions, approved);
        System.out.printf("%d runs, alternating; medians; warm = after %d untimed runs in this JVM%n", runs,
                WARM_UP_RUNS);
        System.out.printf("%-47s %8s  %8s%n", "", "wall ms", "CPU ms");
        row("native git log --name-status -M (process)", gitProcess);
        row("ours, java ExtractOnce (process)", oursProcess);
        row("ours, java -XX:TieredStopAtLevel=1 ExtractOnce", oursProcessC1);
        row("ours, HistoryReader warm (in-process)", warm);
        System.out.printf("%-47s %8.0f  %8.0f%n", "ours, HistoryReader first run (in-process)", ms(first.wall()),
                ms(first.cpu()));
        System.out.printf("naive per-file git log --follow, %d files (measured on %d, scaled): %.0f ms wall%n",
                files.size(), naiveFiles, ms(naive));
        System.out.printf("ratio to native git, whole process: wall %.2fx, CPU %.2fx%n",
                ratio(oursProcess, gitProcess, Sample::wall), ratio(oursProcess, gitProcess, Sample::cpu));
        System.out.printf("ratio to native git, whole process with -XX:TieredStopAtLevel=1: wall %.2fx, CPU %.2fx%n",
                ratio(oursProcessC1, gitProcess, Sample::wall), ratio(oursProcessC1, gitProcess, Sample::cpu));
        System.out.printf("ratio to native git, warm in-process: wall %.2fx, CPU %.2fx%n",
                ratio(warm, gitProcess, Sample::wall), ratio(warm, gitProcess, Sample::cpu));
        System.out.printf("naive loop / ours warm: %.0fx%n", naive / (double) median(warm, Sample::wall));
    }

    /** One extraction in this JVM; its CPU time is the whole process's, JIT and garbage collector included. */
    private static Sample inProcess(com.sun.management.OperatingSystemMXBean os, HistoryRequest request) {
        long cpu = os.getProcessCpuTime();
        long start = System.nanoTime();
        new HistoryReader().read(request);
        return new Sample(System.nanoTime() - start, os.getProcessCpuTime() - cpu);
    }

    private static void row(String label, List<Sample> samples) {
        System.out.printf("%-47s %8.0f  %8.0f%n", label, ms(median(samples, Sample::wall)),
                ms(median(samples, Sample::cpu)));
    }

    private static double ratio(List<Sample> ours, List<Sample> git, java.util.function.ToLongFunction<Sample> f) {
        return median(ours, f) / (double) median(git, f);
    }

    private static long median(List<Sample> samples, java.util.function.ToLongFunction<Sample> f) {
        long[] values = samples.stream().mapToLong(f).toArray();
        Arrays.sort(values);
        return values.length % 2 == 1 ? values[values.length / 2]
                : (values[values.length / 2 - 1] + values[values.length / 2]) / 2;
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    /** A process timed by bash's {@code time}: real, user and system seconds with millisecond resolution. */
    private static Sample timed(Path dir, String... command) throws IOException, InterruptedException {
        List<String> bash = new ArrayList<>(List.of("bash", "-c",
                "TIMEFORMAT='%3R %3U %3S'; { time \"$@\" >/dev/null 2>&1; } 2>&1", "bash"));
        bash.addAll(List.of(command));
        String[] times = output(dir, bash.toArray(String[]::new)).strip().split("\\s+");
        long wall = (long) (Double.parseDouble(times[0]) * 1e9);
        long cpu = (long) ((Double.parseDouble(times[1]) + Double.parseDouble(times[2])) * 1e9);
        return new Sample(wall, cpu);
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
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return out;
    }
}
