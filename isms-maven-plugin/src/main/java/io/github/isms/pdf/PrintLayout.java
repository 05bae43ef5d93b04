package io.github.isms.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The built-in print layout: cover with the document-control block, revision history, table of
 * contents and the body, with the running header and footer of {@code print.css}. The body is an
 * XHTML fragment as the Markdown renderer produces it.
 */
public final class PrintLayout {

    private static final String CSS = readCss();
    private static final Pattern HEADING =
            Pattern.compile("<h([23])((?:\\s+[a-zA-Z-]+=\"[^\"]*\")*)\\s*>(.*?)</h\\1>", Pattern.DOTALL);
    private static final Pattern ID = Pattern.compile("\\sid=\"([^\"]*)\"");

    private PrintLayout() {}

    /** The complete XHTML of a document's print layout. */
    public static String xhtml(DocumentControl dc, String language, String bodyXhtml, boolean draft) {
        List<String[]> toc = new ArrayList<>();
        String body = numberHeadings(bodyXhtml, toc);
        StringBuilder h = new StringBuilder(bodyXhtml.length() + 8192);
        h.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"").append(esc(language))
                .append("\" xml:lang=\"").append(esc(language)).append("\">\n<head>\n<meta charset=\"UTF-8\"/>\n<meta name=\"subject\" content=\"")
                .append(esc(dc.title() + ", " + dc.organization())).append("\"/>\n<title>")
                .append(esc(dc.id() + " " + dc.title())).append("</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
        h.append("<div class=\"running-header\"><table><tr><td>").append(esc(dc.organization())).append(" · ")
                .append(esc(dc.id())).append(" ").append(esc(dc.title())).append("</td><td class=\"right\">Version ")
                .append(esc(dc.version())).append(" · ").append(esc(nz(dc.classification()))).append("</td></tr></table></div>\n");
        h.append("<div class=\"running-footer\">").append(esc(dc.organization())).append(" · ").append(esc(dc.id()))
                .append(" v").append(esc(dc.version())).append(" · ").append(esc(nz(dc.classification())))
                .append(" · Uncontrolled when printed</div>\n");

        h.append("<div class=\"cover\">\n<div class=\"org\">").append(esc(dc.organization())).append("</div>\n")
                .append("<div class=\"doc-id\">").append(esc(dc.id())).append(" · Version ").append(esc(dc.version())).append("</div>\n")
                .append("<h1 class=\"title no-bookmark\">").append(esc(dc.title())).append("</h1>\n")
                .append("<div class=\"status").append(draft ? " draft" : "").append("\">").append(esc(nz(dc.status()).toUpperCase(Locale.ROOT)))
                .append("</div>\n<table class=\"control\">\n");
        row(h, "Document ID", dc.id());
        row(h, "Title", dc.title());
        row(h, "Version", dc.version());
        row(h, "Status", dc.status());
        row(h, "Owner", dc.owner());
        row(h, "Approvers", String.join(", ", dc.approvers()));
        row(h, "Approval date", dc.approvalDate());
        row(h, "Effective date", dc.effectiveDate());
        row(h, "Next review", dc.nextReview());
        row(h, "Classification", dc.classification());
        h.append("</table>\n<p class=\"notice\">The controlled version of this document is the signed PDF and the published ISMS site. Printed copies are uncontrolled.</p>\n</div>\n");

        h.append("<div class=\"front\">\n<h2 id=\"revision-history\">Revision history</h2>\n<table class=\"revisions\">\n<thead><tr><th>Version</th><th>Date</th><th>Author</th><th>Approved by</th><th>Change</th></tr></thead>\n<tbody>\n");
        for (DocumentControl.Revision r : dc.revisions()) {
            h.append("<tr><td>").append(esc(r.version())).append("</td><td>").append(esc(r.date())).append("</td><td>")
                    .append(esc(r.authors())).append("</td><td>").append(esc(r.approvers())).append("</td><td>")
                    .append(esc(r.summary())).append("</td></tr>\n");
        }
        if (dc.revisions().isEmpty()) {
            h.append("<tr><td colspan=\"5\">No approved version yet.</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n");
        if (!toc.isEmpty()) {
            h.append("<h2 id=\"contents\">Contents</h2>\n<div class=\"toc\"><ol>\n");
            boolean nested = false;
            for (String[] entry : toc) {
                boolean sub = entry[0].equals("3");
                if (sub && !nested) {
                    h.append("<li class=\"sub\"><ol>\n");
                    nested = true;
                } else if (!sub && nested) {
                    h.append("</ol></li>\n");
                    nested = false;
                }
                h.append("<li><a href=\"#").append(entry[1]).append("\">").append(entry[2]).append("</a></li>\n");
            }
            if (nested) {
                h.append("</ol></li>\n");
            }
            h.append("</ol></div>\n");
        }
        h.append("</div>\n<div class=\"section\">\n").append(body).append("\n</div>\n</body>\n</html>\n");
        return h.toString();
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
            toc.add(new String[] {m.group(1), anchor, m.group(3).replaceAll("<[^>]+>", "")});
            m.appendReplacement(out, Matcher.quoteReplacement("<h" + m.group(1) + attrs + ">" + m.group(3) + "</h" + m.group(1) + ">"));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static void row(StringBuilder h, String label, String value) {
        h.append("<tr><th scope=\"row\">").append(label).append("</th><td>").append(esc(nz(value).isEmpty() ? "—" : value))
                .append("</td></tr>\n");
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    static String esc(String s) {
        return nz(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String readCss() {
        try (InputStream in = PrintLayout.class.getResourceAsStream("print.css")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
