package io.github.isms.site;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import io.github.isms.model.Document;
import io.github.isms.model.IsmsProject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * TEMPORARY stand-in for the markdown/xref branch: renders bodies with one shared Flexmark parser,
 * raw HTML escaped, {@code [[ID]]} turned into links. Deleted once the real renderer is merged.
 */
final class StandInBodies {

    private static final Pattern REF = Pattern.compile("\\[\\[([A-Za-z0-9][A-Za-z0-9._-]*)(?:\\|([^\\]]+))?]]");
    private static final Parser PARSER;
    private static final HtmlRenderer RENDERER;

    static {
        MutableDataSet options = new MutableDataSet()
                .set(Parser.EXTENSIONS, List.of(TablesExtension.create()))
                .set(HtmlRenderer.ESCAPE_HTML, true)
                .set(HtmlRenderer.GENERATE_HEADER_ID, true)
                .set(HtmlRenderer.RENDER_HEADER_ID, true);
        PARSER = Parser.builder(options).build();
        RENDERER = HtmlRenderer.builder(options).build();
    }

    private StandInBodies() {
    }

    static Map<String, SiteBody> render(IsmsProject project) {
        Map<String, SiteBody> bodies = new LinkedHashMap<>();
        for (Document document : project.documents()) {
            Set<String> references = new TreeSet<>();
            Matcher m = REF.matcher(document.body());
            StringBuilder markdown = new StringBuilder();
            while (m.find()) {
                String id = m.group(1);
                String replacement = project.document(id).map(target -> {
                    references.add(id);
                    return "[" + (m.group(2) != null ? m.group(2) : target.title()) + "](../" + id + "/index.html)";
                }).orElse(m.group());
                m.appendReplacement(markdown, Matcher.quoteReplacement(replacement));
            }
            m.appendTail(markdown);
            String html = RENDERER.render(PARSER.parse(markdown.toString()));
            org.jsoup.nodes.Document parsed = Jsoup.parseBodyFragment(html);
            List<SiteBody.Heading> headings = parsed.select("h1[id],h2[id],h3[id]").stream()
                    .map(h -> new SiteBody.Heading(level(h), h.id(), h.text())).toList();
            bodies.put(document.id(), new SiteBody(html, headings, references, parsed.text()));
        }
        return bodies;
    }

    private static int level(Element heading) {
        return heading.tagName().charAt(1) - '0';
    }
}
