package io.github.isms.site;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Moves a body's relative links one folder down. Bodies are rendered for {@code docs/<ID>/};
 * an earlier version's page lives in {@code docs/<ID>/v<version>/}, so its links to other
 * documents and to {@code assets/} need one more {@code ../}.
 */
public final class DeeperPage {

    private DeeperPage() {
    }

    public static String relink(String html) {
        if (!html.contains("href=\"") && !html.contains("src=\"")) {
            return html;
        }
        Document body = Jsoup.parseBodyFragment(html);
        body.outputSettings().prettyPrint(false);
        for (Element e : body.select("[href], [src]")) {
            for (String attribute : new String[] {"href", "src"}) {
                if (e.hasAttr(attribute) && isRelativePath(e.attr(attribute))) {
                    e.attr(attribute, "../" + e.attr(attribute));
                }
            }
        }
        return body.body().html();
    }

    /** A link to another file of the site: not an anchor on this page, not absolute, no scheme. */
    private static boolean isRelativePath(String url) {
        return !url.isEmpty() && !url.startsWith("#") && !url.startsWith("/") && !url.startsWith("?")
                && !url.matches("^[A-Za-z][A-Za-z0-9+.-]*:.*");
    }
}
