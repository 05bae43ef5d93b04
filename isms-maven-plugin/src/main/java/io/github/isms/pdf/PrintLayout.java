package io.github.isms.pdf;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Entities;

/**
 * The built-in print layout ({@code print.peb}, Pebble with autoescaping): cover with the
 * document-control block, revision history, table of contents and the body, with the running
 * header and footer of {@code print.css}. The body is an HTML fragment as the Markdown renderer
 * produces it; it is made well-formed XHTML here, since the PDF renderer reads XML.
 */
public final class PrintLayout {

    private static final String CSS = readCss();
    private static final PebbleEngine ENGINE = engine();
    private static final Pattern HEADING =
            Pattern.compile("<h([23])((?:\\s+[a-zA-Z-]+=\"[^\"]*\")*)\\s*>(.*?)</h\\1>", Pattern.DOTALL);
    private static final Pattern ID = Pattern.compile("\\sid=\"([^\"]*)\"");

    /** One row of the cover's document-control table. */
    public record ControlRow(String label, String value) {}

    /** One line of the contents; a level-3 heading opens or closes the nested list around its run. */
    public record TocEntry(String anchor, String text, boolean opensList, boolean closesList) {}

    private PrintLayout() {}

    /** The complete XHTML of a document's print layout. */
    public static String xhtml(ControlBlock dc, String language, String bodyHtml, boolean draft) {
        List<String[]> headings = new ArrayList<>();
        String body = numberHeadings(wellFormed(bodyHtml), headings);
        Map<String, Object> context = new HashMap<>();
        context.put("dc", dc);
        context.put("language", language);
        context.put("draft", draft);
        context.put("css", CSS);
        context.put("control", controlRows(dc));
        context.put("toc", toc(headings));
        context.put("body", body);
        return render("print", context);
    }

    /** Renders one of the plugin's print templates ({@code io/github/isms/pdf/<name>.peb}). */
    static String render(String template, Map<String, Object> context) {
        StringWriter out = new StringWriter(16 * 1024);
        try {
            ENGINE.getTemplate(template).evaluate(out, context);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static List<ControlRow> controlRows(ControlBlock dc) {
        return List.of(new ControlRow("Document ID", dc.id()), new ControlRow("Title", dc.title()),
                new ControlRow("Version", dc.version()), new ControlRow("Status", dc.status()),
                new ControlRow("Owner", dc.owner()), new ControlRow("Approvers", String.join(", ", dc.approvers())),
                new ControlRow("Approval date", dc.approvalDate()), new ControlRow("Effective date", dc.effectiveDate()),
                new ControlRow("Next review", dc.nextReview()), new ControlRow("Classification", dc.classification()));
    }

    private static List<TocEntry> toc(List<String[]> headings) {
        List<TocEntry> toc = new ArrayList<>();
        for (int i = 0; i < headings.size(); i++) {
            boolean sub = headings.get(i)[0].equals("3");
            boolean previousSub = i > 0 && headings.get(i - 1)[0].equals("3");
            boolean nextSub = i + 1 < headings.size() && headings.get(i + 1)[0].equals("3");
            toc.add(new TocEntry(headings.get(i)[1], headings.get(i)[2], sub && !previousSub, sub && !nextSub));
        }
        return toc;
    }

    /** HTML (void elements, named entities) as well-formed XHTML, with nothing dropped. */
    static String wellFormed(String html) {
        org.jsoup.nodes.Document doc = Jsoup.parseBodyFragment(html);
        doc.outputSettings().syntax(org.jsoup.nodes.Document.OutputSettings.Syntax.xml)
                .escapeMode(Entities.EscapeMode.xhtml).charset(StandardCharsets.UTF_8).prettyPrint(false);
        return doc.body().html();
    }

    /** Gives each h2/h3 of the body an id (keeping existing ones) and lists them for the contents. */
    private static String numberHeadings(String body, List<String[]> toc) {
        Matcher m = HEADING.matcher(body);
        StringBuilder out = new StringBuilder(body.length() + 256);
        int n = 0;
        while (m.find()) {
            String attrs = m.group(2);
            Matcher id = ID.matcher(attrs);
            String anchor;
            if (id.find()) {
                anchor = id.group(1);
            } else {
                anchor = "sec-" + (++n);
                attrs = attrs + " id=\"" + anchor + "\"";
            }
            toc.add(new String[] {m.group(1), anchor, org.jsoup.parser.Parser.unescapeEntities(m.group(3).replaceAll("<[^>]+>", ""), false)});
            m.appendReplacement(out, Matcher.quoteReplacement("<h" + m.group(1) + attrs + ">" + m.group(3) + "</h" + m.group(1) + ">"));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static PebbleEngine engine() {
        ClasspathLoader loader = new ClasspathLoader(PrintLayout.class.getClassLoader());
        loader.setPrefix("io/github/isms/pdf/");
        loader.setSuffix(".peb");
        return new PebbleEngine.Builder().loader(loader).autoEscaping(true).strictVariables(true)
                .newLineTrimming(false).build();
    }

    private static String readCss() {
        try (InputStream in = PrintLayout.class.getResourceAsStream("print.css")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
