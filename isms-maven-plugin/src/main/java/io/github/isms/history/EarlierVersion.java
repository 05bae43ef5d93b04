package io.github.isms.history;

import io.github.isms.model.Document;
import java.util.List;

/**
 * An earlier approved version of a document, published as superseded (clause 7.5.3: retention and
 * control of changes), rendered from its content at the commit that approved it.
 *
 * @param body            sanitized HTML of the version's body, links relative to {@code docs/<ID>/} as for every body
 * @param redline         the redline against {@code previousVersion} as HTML ({@code <ins>}/{@code <del>}), or {@code ""}
 * @param previousVersion the approved version before it, or {@code ""} for the first one
 * @param source          the version's front matter as it read at that commit (owner, classification, ...),
 *                        for the document-control block of its PDF
 * @param inForce         whether this is the version in force: the latest approved one, while the content
 *                        being built is a newer draft that does not supersede it until it is approved
 */
public record EarlierVersion(String id, String title, String version, String date, List<String> approvers,
                             String body, String redline, String previousVersion, Document source, boolean inForce) {

    public EarlierVersion {
        approvers = List.copyOf(approvers);
    }

    /** {@code docs/<ID>/v<version>/index.html}: a stable address for every approved version. */
    public static String pagePath(String id, String version) {
        return "docs/" + id + "/v" + version + "/index.html";
    }

    public String path() {
        return pagePath(id, version);
    }

    public String redlinePath() {
        return "docs/" + id + "/v" + version + "/redline.html";
    }

    public String approverList() {
        return String.join(", ", approvers);
    }
}
