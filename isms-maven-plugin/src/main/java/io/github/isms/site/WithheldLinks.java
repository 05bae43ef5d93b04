package io.github.isms.site;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A published body may still link a document the site withholds (a plain {@code .md} link to a
 * confidential file is only a warning). Such a link would lead nowhere, so it becomes its text.
 */
public final class WithheldLinks {

    private WithheldLinks() {
    }

    /**
     * The same for a body of another time (an earlier version, a redline): a document it linked may have
     * been withheld or removed since, and every link to a document this site does not publish becomes its text.
     */
    public static String unlinkUnpublished(String html, SiteModel model) {
        if (!html.contains("href=\"../")) {
            return html;
        }
        Set<String> gone = new java.util.HashSet<>(model.withheldIds());
        for (Element link : Jsoup.parseBodyFragment(html).select("a[href^=../]")) {
            String href = link.attr("href");
            String id = href.substring(3, Math.max(3, href.indexOf('/', 3)));
            if (!id.isEmpty() && !id.equals("..") && !model.published(id)) {
                gone.add(id);
            }
        }
        return unlink(html, gone);
    }

    static String unlink(String html, Set<String> withheldIds) {
        if (withheldIds.stream().noneMatch(id -> html.contains("../" + id + "/"))) {
            return html;
        }
        Document body = Jsoup.parseBodyFragment(html);
        body.outputSettings().prettyPrint(false);
        for (Element link : body.select("a[href^=../]")) {
            String href = link.attr("href");
            String id = href.substring(3, Math.max(3, href.indexOf('/', 3)));
            if (withheldIds.contains(id)) {
                link.unwrap();
            }
        }
        return body.body().html();
    }
}
