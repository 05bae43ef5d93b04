import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import io.github.isms.pdf.ControlBlock;
import io.github.isms.pdf.PdfMetadata;
import io.github.isms.pdf.PdfRenderer;
import io.github.isms.pdf.PrintDocument;
import io.github.isms.pdf.PrintLayout;
import io.github.isms.sign.PadesSigner;
import io.github.isms.sign.SignatureOptions;
import io.github.isms.sign.SigningKey;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Benchmark harness (run by ./run): "generate DIR N" writes N synthetic policies as Markdown;
 * "render DIR OUT" renders and signs each with the plugin's engine and prints timings.
 */
public class PdfBenchmark {

    private static final String[] WORDS = ("access control asset owner review risk treatment supplier incident "
            + "backup encryption key management logging monitoring privileged account password identity "
            + "classification information security policy procedure evidence audit approval retention change "
            + "network segregation endpoint malware vulnerability patch continuity awareness training").split(" ");

    public static void main(String[] args) throws Exception {
        if (args[0].equals("generate")) {
            generate(Path.of(args[1]), Integer.parseInt(args[2]));
        } else {
            render(Path.of(args[1]), Path.of(args[2]));
        }
    }

    static void generate(Path dir, int count) throws Exception {
        Files.createDirectories(dir);
        Random random = new Random(27001);
        for (int d = 1; d <= count; d++) {
            StringBuilder md = new StringBuilder();
            String id = String.format("POL-%03d", d);
            md.append("---\ntitle: \"").append(id).append(" ").append(title(random)).append("\"\nlang: en\n---\n\n");
            for (int s = 1; s <= 5; s++) {
                md.append("## ").append(s).append(". ").append(title(random)).append("\n\n");
                for (int p = 0; p < 2; p++) {
                    md.append(sentence(random, 60)).append("\n\n");
                }
                md.append("### ").append(s).append(".1 Requirements\n\n");
                for (int i = 0; i < 4; i++) {
                    md.append("- ").append(sentence(random, 14)).append("\n");
                }
                md.append("\n| Role | Responsibility | Review |\n|---|---|---|\n");
                for (int r = 0; r < 5; r++) {
                    md.append("| Role ").append(r + 1).append(" | ").append(sentence(random, 12)).append(" | Quarterly |\n");
                }
                md.append("\n").append(sentence(random, 40)).append("\n\n");
            }
            Files.writeString(dir.resolve(id + ".md"), md.toString());
        }
    }

    static void render(Path dir, Path out) throws Exception {
        Files.createDirectories(out);
        MutableDataSet options = new MutableDataSet().set(Parser.EXTENSIONS, List.of(TablesExtension.create()));
        Parser parser = Parser.builder(options).build();
        HtmlRenderer html = HtmlRenderer.builder(options).build();
        PdfRenderer renderer = new PdfRenderer();
        PadesSigner signer = new PadesSigner();
        SigningKey key = SigningKey.developmentKey("Example Corp");
        List<Path> docs;
        try (Stream<Path> files = Files.list(dir)) {
            docs = files.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        List<Double> millis = new ArrayList<>();
        List<Double> cpuMillis = new ArrayList<>();
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long start = System.nanoTime();
        for (Path doc : docs) {
            long t = System.nanoTime();
            long cpu = threads.getCurrentThreadCpuTime();
            String text = Files.readString(doc);
            int end = text.indexOf("\n---\n", 4);
            String title = text.substring(text.indexOf("title: \"") + 8, text.indexOf("\"\n", text.indexOf("title: \"") + 8));
            String body = html.render(parser.parse(text.substring(end + 5)));
            String id = title.substring(0, 7);
            ControlBlock control = new ControlBlock("Example Corp", id, title.substring(8), "1.0", "approved",
                    "CISO", List.of("CEO"), "2026-03-14", "2026-04-01", "2027-03-14", "internal", List.of());
            PdfMetadata metadata = new PdfMetadata(id + "@1.0", title.substring(8), "en", "Example Corp", title,
                    List.of("ISMS"), OffsetDateTime.of(2026, 3, 14, 9, 0, 0, 0, ZoneOffset.UTC));
            byte[] pdf = renderer.render(PrintDocument.of(PrintLayout.xhtml(control, "en", body, false), metadata));
            byte[] signed = signer.sign(pdf, key, SignatureOptions.reason("Approved version 1.0"));
            Files.write(out.resolve(id + ".pdf"), signed);
            millis.add((System.nanoTime() - t) / 1e6);
            cpuMillis.add((threads.getCurrentThreadCpuTime() - cpu) / 1e6);
        }
        double total = (System.nanoTime() - start) / 1e6;
        List<Double> sorted = millis.stream().sorted().toList();
        System.out.printf("engine.docs=%d%nengine.total_ms=%.0f%nengine.first_ms=%.0f%n"
                        + "engine.median_ms=%.1f%nengine.mean_ms=%.1f%nengine.mean_after_first10_ms=%.1f%nengine.cpu_mean_ms=%.1f%n"
                        + "engine.cpu_mean_after_first10_ms=%.1f%nengine.heap_used_mb=%d%n",
                docs.size(), total, millis.get(0), sorted.get(sorted.size() / 2),
                millis.stream().mapToDouble(Double::doubleValue).average().orElse(0),
                millis.stream().skip(10).mapToDouble(Double::doubleValue).average().orElse(0),
                cpuMillis.stream().mapToDouble(Double::doubleValue).average().orElse(0),
                cpuMillis.stream().skip(10).mapToDouble(Double::doubleValue).average().orElse(0),
                (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20);
    }

    private static String title(Random r) {
        String a = WORDS[r.nextInt(WORDS.length)], b = WORDS[r.nextInt(WORDS.length)];
        return Character.toUpperCase(a.charAt(0)) + a.substring(1) + " and " + b;
    }

    private static String sentence(Random r, int words) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < words; i++) {
            String w = WORDS[r.nextInt(WORDS.length)];
            s.append(i == 0 ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : w);
            s.append(i == words - 1 ? "." : (i % 11 == 10 ? ", " : " "));
        }
        return s.toString();
    }
}
