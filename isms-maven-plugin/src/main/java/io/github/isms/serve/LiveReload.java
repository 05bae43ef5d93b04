package io.github.isms.serve;

import io.github.isms.digest.Sha256;
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

    /**
     * The tags for a page of {@code version} (see {@link #version}): the script carries it, and the server sends
     * it as the file's {@code ETag} too, so that after a rebuild it reloads only
     * when its own page changed. An edited document's page is updated before the full build, and that build then
     * leaves the page as it is: without the version, every open page would reload twice.
     */
    static String tags(String version) {
        return "<link rel=\"stylesheet\" href=\"" + STYLE + "\"><script src=\"" + SCRIPT + "\" data-isms-page=\""
                + version + "\" defer></script>";
    }

    /** A file's version as the server states it, in its {@code ETag} and in the script's {@code data-isms-page}. */
    static String version(byte[] file) {
        return Sha256.hex(file);
    }

    private LiveReload() {
    }

    /**
     * The page with the tags just before {@code </head>} (or at the end when it has none).
     *
     * @param version the file's {@link #version}, which the caller has already worked out for the {@code ETag}
     */
    static byte[] inject(byte[] html, String version) {
        String page = new String(html, StandardCharsets.UTF_8);
        int head = page.toLowerCase(Locale.ROOT).indexOf("</head>");
        String tags = tags(version);
        String injected = head < 0 ? page + tags : page.substring(0, head) + tags + page.substring(head);
        return injected.getBytes(StandardCharsets.UTF_8);
    }
}
