package io.github.isms.init;

/**
 * One file of the policy-templates set.
 *
 * @param path relative to the ISMS folder, with {@code /} (for example {@code documents/policies/backup-policy.md})
 * @param text its content, UTF-8 decoded
 */
public record TemplateFile(String path, String text) {

    /** Documents go into the documents folder, which a project may keep elsewhere; everything else into the ISMS folder. */
    public boolean isDocument() {
        return path.startsWith(TemplateSet.DOCUMENTS);
    }
}
