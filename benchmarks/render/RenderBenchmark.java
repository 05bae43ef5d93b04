import io.github.isms.markdown.MarkdownRenderer;
import io.github.isms.markdown.SafeHtml;
import io.github.isms.xref.XrefExtension;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The per-document cost of the Markdown renderer: parses and renders (to sanitized HTML, with its
 * plain text) every document body under a folder, {@code rounds} times after two rounds of warm-up,
 * on one thread, and prints the milliseconds per document of each round and their median, in CPU
 * time of that thread and in wall time. Run by
 * {@code run.sh} once with the classes of the checkout and once with those of a baseline commit.
 */
public final class RenderBenchmark {

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args[0]);
        int rounds = Integer.parseInt(args[1]);
        List<String> bodies = new ArrayList<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                bodies.add(body(Files.readString(file)));
            }
        }
        MarkdownRenderer markdown = new MarkdownRenderer(List.of(XrefExtension.create()));
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long sink = 0;
        List<Double> wall = new ArrayList<>();
        List<Double> cpu = new ArrayList<>();
        for (int round = -2; round < rounds; round++) {
            long start = System.nanoTime();
            long startCpu = threads.getCurrentThreadCpuTime();
            for (String body : bodies) {
                SafeHtml html = markdown.render(markdown.parse(body));
                sink += html.html().length() + html.text().length();
            }
            if (round >= 0) {
                wall.add((System.nanoTime() - start) / 1e6 / bodies.size());
                cpu.add((threads.getCurrentThreadCpuTime() - startCpu) / 1e6 / bodies.size());
            }
        }
        // CPU time of the rendering thread: on a busy machine the wall time mostly measures the wait for a core.
        System.out.printf("documents %d, ms per document: CPU %s, median %.3f; wall %s, median %.3f (output %d chars)%n",
                bodies.size(), rounded(cpu), median(cpu), rounded(wall), median(wall), sink);
    }

    private static List<String> rounded(List<Double> values) {
        return values.stream().map(v -> String.format("%.3f", v)).toList();
    }

    private static double median(List<Double> values) {
        return values.stream().sorted().toList().get(values.size() / 2);
    }

    /** The Markdown after the front matter. */
    private static String body(String text) {
        if (!text.startsWith("---")) {
            return text;
        }
        int end = text.indexOf("\n---", 3);
        return text.substring(text.indexOf('\n', end + 1) + 1);
    }
}
