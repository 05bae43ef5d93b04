package io.github.isms.history.pages;

/**
 * What changed in a version of a document since the approved version before it, in two forms: the
 * rendered document with inserted and deleted words marked (what approvers read), and the Markdown
 * source line by line (what authors wrote), one click from each other.
 *
 * @param current  whether this is the version the site shows as the document's page (then the redline is
 *                 at {@code docs/<ID>/redline.html}), else an earlier version's ({@code docs/<ID>/v<version>/})
 * @param rendered the newer version's rendered HTML with {@code <ins>}/{@code <del>}, links relative to
 *                 {@code docs/<ID>/} as for every body
 * @param source   the source redline as HTML lines, for a {@code <pre>}
 */
public record VersionRedline(String id, String version, String previousVersion, boolean current, String rendered,
                             String source) {

    /** The folder of the version's pages, relative to the site root. */
    private String folder() {
        return current ? "docs/" + id + "/" : "docs/" + id + "/v" + version + "/";
    }

    /** The rendered redline of document {@code id}'s current version. */
    public static String currentPath(String id) {
        return "docs/" + id + "/redline.html";
    }

    /** The rendered redline. */
    public String path() {
        return folder() + "redline.html";
    }

    /** The source redline. */
    public String sourcePath() {
        return folder() + "redline-source.html";
    }
}
