package io.github.isms.xref;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * Site addresses as seen from a document page, {@code docs/<ID>/index.html}. The site's published
 * layout (stable URLs readers bookmark) fixes them; they are relative so the site works from {@code file://} and any folder.
 */
public final class PageUrls {

    private PageUrls() {
    }

    public static String document(String id, String anchor) {
        return encode("../" + id + "/index.html", anchor);
    }

    public static String control(String id) {
        return encode("../../controls/" + id + ".html", null);
    }

    public static String clause(String id) {
        return encode("../../clauses/" + id + ".html", null);
    }

    /** @param path the file's path below the ISMS {@code assets/} folder, with {@code /} */
    public static String asset(String path, String anchor) {
        return encode("../../assets/" + path, anchor);
    }

    /** An anchor on the same page. */
    public static String anchor(String anchor) {
        return encode("", anchor);
    }

    private static String encode(String path, String anchor) {
        try {
            return new URI(null, null, path, anchor == null || anchor.isEmpty() ? null : anchor).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a relative URL: " + path, e);
        }
    }
}
