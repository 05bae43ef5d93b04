package io.github.isms.serve;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * What the preview adds to each HTML page it serves, and only there: a stylesheet and a script
 * from the server's own address (the pages' Content-Security-Policy allows scripts and styles from
 * the same origin only). The published site never contains them.
 */
final class LiveReload {

    /** The server's own files live under this prefix, a hidden name no site file has. */
    static final String PREFIX = "/.isms-serve/";
    static final String SCRIPT = PREFIX + "live.js";
    static final String STYLE = PREFIX + "live.css";
    static final String STATE = PREFIX + "state";

    static final String TAGS = "<link rel=\"stylesheet\" href=\"" + STYLE + "\"><script src=\"" + SCRIPT + "\" defer></script>";

    private LiveReload() {
    }

    /** The page with the tags just before {@code </head>} (or at the end when it has none). */
    static byte[] inject(byte[] html) {
        String page = new String(html, StandardCharsets.UTF_8);
        int head = page.toLowerCase(Locale.ROOT).indexOf("</head>");
        String injected = head < 0 ? page + TAGS : page.substring(0, head) + TAGS + page.substring(head);
        return injected.getBytes(StandardCharsets.UTF_8);
    }
}
