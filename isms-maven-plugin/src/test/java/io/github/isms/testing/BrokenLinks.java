package io.github.isms.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/** Links of a built site that lead nowhere: what a reader clicking through the site would hit. */
public final class BrokenLinks {

    private BrokenLinks() {
    }

    /** Every relative href and src on every page of {@code site} that names no file of the site, as "page -> url". */
    public static List<String> in(Path site) throws IOException {
        List<String> broken = new ArrayList<>();
        try (Stream<Path> files = Files.walk(site)) {
            for (Path page : files.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
                for (Element e : Jsoup.parse(page.toFile()).select("[href], [src]")) {
                    String url = e.hasAttr("href") ? e.attr("href") : e.attr("src");
                    if (url.isEmpty() || url.startsWith("#") || url.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*")) {
                        continue;
                    }
                    String path = url.replaceAll("[#?].*$", "");
                    Path target = page.getParent().resolve(path.isEmpty() || path.endsWith("/") ? path + "index.html" : path)
                            .normalize();
                    if (!target.startsWith(site) || !Files.isRegularFile(target)) {
                        broken.add(site.relativize(page) + " -> " + url);
                    }
                }
            }
        }
        return broken;
    }
}
