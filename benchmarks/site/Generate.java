import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes a synthetic ISMS of N documents (about 1,000 words each, with tables, lists and
 * cross-references) twice: as an ISMS Maven project ({@code <out>/isms}) and as a Hugo site with
 * the same Markdown ({@code <out>/hugo}), cross-references written as Hugo {@code ref} shortcodes so
 * that Hugo checks them as the plugin does. Same seed, same files.
 *
 * <p>Usage: {@code java Generate.java <documents> <out> <plugin-version>}
 */
public class Generate {

    private static final String[] WORDS = ("access control asset audit availability backup business continuity "
            + "change classification compliance confidentiality configuration contractor cryptography data "
            + "disposal employee encryption event evidence incident information integrity key legal log "
            + "management monitoring network objective owner password patch personnel physical policy privacy "
            + "procedure process record recovery requirement review risk role secure security service supplier "
            + "system threat training treatment user vulnerability").split(" ");
    private static final String[] TYPES = {"policy", "procedure", "standard", "guideline", "plan", "record"};

    public static void main(String[] args) throws IOException {
        int n = Integer.parseInt(args[0]);
        Path out = Path.of(args[1]);
        String version = args[2];
        Path isms = out.resolve("isms");
        Path hugo = out.resolve("hugo");
        write(isms.resolve("pom.xml"), pom(version));
        write(isms.resolve("src/isms/isms.yaml"),
                "organization: {name: Benchmark Corp}\nroles: {CISO: [ciso@example.com], CEO: [ceo@example.com]}\n"
                        + "defaults: {owner: CISO, approvers: [CEO]}\n");
        write(hugo.resolve("hugo.toml"), """
                baseURL = "/"
                title = "Benchmark Corp ISMS"
                relativeURLs = true
                disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]
                [markup.goldmark.renderer]
                unsafe = false
                """);
        write(hugo.resolve("layouts/_default/baseof.html"), """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
                <body><header><a href="/">Benchmark Corp ISMS</a></header><main>{{ block "main" . }}{{ end }}</main></body></html>
                """);
        write(hugo.resolve("layouts/_default/single.html"), """
                {{ define "main" }}<h1>{{ .Title }}</h1>
                <table><tr><th>ID</th><td>{{ .Params.id }}</td><th>Version</th><td>{{ .Params.version }}</td></tr>
                <tr><th>Type</th><td>{{ .Params.type }}</td><th>Owner</th><td>{{ .Params.owner }}</td></tr></table>
                {{ .TableOfContents }}{{ .Content }}{{ end }}
                """);
        write(hugo.resolve("layouts/_default/list.html"), """
                {{ define "main" }}<h1>{{ .Title }}</h1><table>{{ range .Site.RegularPages }}
                <tr><td><a href="{{ .RelPermalink }}">{{ .Params.id }}</a></td><td>{{ .Title }}</td><td>{{ .Params.version }}</td></tr>{{ end }}</table>{{ end }}
                """);
        Random random = new Random(42);
        for (int i = 1; i <= n; i++) {
            String id = id(i);
            String type = TYPES[i % TYPES.length];
            String title = capital(word(random)) + " " + word(random) + " " + type + " " + i;
            StringBuilder ismsBody = new StringBuilder();
            StringBuilder hugoBody = new StringBuilder();
            body(random, n, i, ismsBody, hugoBody);
            String front = "id: " + id + "\ntitle: " + title + "\ntype: " + type + "\nversion: \"1." + (i % 10) + "\"\n"
                    + "effective: 2026-01-" + String.format("%02d", 1 + i % 28) + "\n";
            write(isms.resolve("src/isms/documents/" + type + "/" + id.toLowerCase() + ".md"),
                    "---\n" + front + "---\n" + ismsBody);
            write(hugo.resolve("content/docs/" + id.toLowerCase() + ".md"),
                    "---\n" + front + "owner: CISO\n---\n" + hugoBody);
        }
    }

    /* About 1,000 words: five sections of two paragraphs, a table, two lists, four cross-references. */
    private static void body(Random random, int n, int self, StringBuilder isms, StringBuilder hugo) {
        for (int section = 1; section <= 5; section++) {
            both(isms, hugo, "## Section " + section + " " + capital(word(random)) + "\n\n");
            for (int p = 0; p < 2; p++) {
                both(isms, hugo, sentence(random, 80) + "\n\n");
            }
            if (section == 2) {
                both(isms, hugo, "| Control | Owner | Frequency | Evidence |\n|---|---|---|---|\n");
                for (int row = 0; row < 6; row++) {
                    both(isms, hugo, "| " + capital(word(random)) + " " + word(random) + " | CISO | "
                            + (1 + random.nextInt(12)) + " months | " + word(random) + " " + word(random) + " record |\n");
                }
                both(isms, hugo, "\n");
            }
            if (section == 3) {
                for (int item = 0; item < 5; item++) {
                    both(isms, hugo, "- " + sentence(random, 8) + "\n");
                }
                both(isms, hugo, "\n");
                for (int item = 1; item <= 4; item++) {
                    both(isms, hugo, item + ". " + sentence(random, 8) + "\n");
                }
                both(isms, hugo, "\n");
            }
            if (section == 4) {
                for (int ref = 0; ref < 4; ref++) {
                    int target = 1 + random.nextInt(n);
                    if (target == self) {
                        continue;
                    }
                    isms.append("See [[").append(id(target)).append("]] for the ").append(word(random)).append(" rules.\n\n");
                    hugo.append("See [").append(id(target)).append("]({{< ref \"docs/").append(id(target).toLowerCase())
                            .append(".md\" >}}) for the ").append(word(random)).append(" rules.\n\n");
                }
            }
        }
    }

    private static void both(StringBuilder a, StringBuilder b, String text) {
        a.append(text);
        b.append(text);
    }

    private static String sentence(Random random, int words) {
        StringBuilder s = new StringBuilder(capital(word(random)));
        for (int w = 1; w < words; w++) {
            s.append(w % 13 == 0 ? ". " + capital(word(random)) : " " + (w % 17 == 0 ? "**" + word(random) + "**" : word(random)));
        }
        return s.append('.').toString();
    }

    private static String word(Random random) {
        return WORDS[random.nextInt(WORDS.length)];
    }

    private static String capital(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private static String id(int i) {
        return String.format("DOC-%04d", i);
    }

    private static String pom(String version) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>bench</groupId>
                  <artifactId>synthetic-isms</artifactId>
                  <version>1</version>
                  <packaging>pom</packaging>
                  <build>
                    <plugins>
                      <plugin>
                        <groupId>io.github.isms</groupId>
                        <artifactId>isms-maven-plugin</artifactId>
                        <version>%s</version>
                      </plugin>
                    </plugins>
                  </build>
                </project>
                """.formatted(version);
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
