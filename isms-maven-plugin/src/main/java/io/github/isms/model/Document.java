package io.github.isms.model;

import io.github.isms.diag.SourcePosition;
import io.github.isms.diag.Located;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;

/**
 * One piece of documented information: its front matter (defaults from isms.yaml applied) and
 * its Markdown body. Reference lists keep where each item was written so that later checks
 * (controls, clauses, related documents) can point at the exact line.
 *
 * @param path          the file, relative to the project, as diagnostics show it
 * @param relativePath  the file, relative to the documents folder (stable locator inside the ISMS)
 * @param bodyFirstLine the file line where the body starts, to map body positions to the file
 * @param reviewed      when the document was last reviewed without a change of content ({@code reviewed:}), or null
 * @param language      the language it is written in (front matter {@code language}, else the site's)
 * @param translationOf the id of the original this document translates ({@code translation-of:}), or null
 * @param positions     where each front matter key's value is written, and list items under {@link #itemKey}
 * @param acknowledge   the audiences (isms.yaml {@code audiences:}) whose members must acknowledge the version in force
 */
public record Document(
        String id,
        String title,
        DocumentType type,
        Version version,
        String versionText,
        String owner,
        List<String> approvers,
        String classification,
        ReviewInterval review,
        LocalDate effective,
        LocalDate reviewed,
        List<Located<String>> controls,
        List<Located<String>> clauses,
        List<Located<String>> supersedes,
        List<Located<String>> related,
        List<String> distribution,
        String retention,
        String language,
        Located<String> translationOf,
        List<String> tags,
        boolean retired,
        ExternalSource external,
        String body,
        String path,
        String relativePath,
        int bodyFirstLine,
        Map<String, SourcePosition> positions,
        List<Located<String>> acknowledge) {

    public Document {
        acknowledge = acknowledge == null ? List.of() : List.copyOf(acknowledge);
    }

    /** The same document with another body: two documents whose front matter is the same differ only there. */
    public Document withBody(String newBody) {
        return new Document(id, title, type, version, versionText, owner, approvers, classification, review, effective,
                reviewed, controls, clauses, supersedes, related, distribution, retention, language, translationOf, tags,
                retired, external, newBody, path, relativePath, bodyFirstLine, positions, acknowledge);
    }

    /** Where a front matter key is written; the top of the file when it is not. */
    public SourcePosition positionOf(String key) {
        return positions.getOrDefault(key, new SourcePosition(path, 1, 1));
    }

    /** Where the {@code index}-th item of a list is written (a block list has one item per line); the list's place if unknown. */
    public SourcePosition positionOf(String key, int index) {
        return positions.getOrDefault(itemKey(key, index), positionOf(key));
    }

    /** The key under which {@link #positions} keeps a list item's place: {@code approvers[1]}. */
    public static String itemKey(String key, int index) {
        return key + "[" + index + "]";
    }

    public List<String> controlIds() {
        return new Values(controls);
    }

    /** Whether an {@code external} document says where it comes from and who issued it. */
    public boolean externalSourceKnown() {
        return external != null && external.source() != null && external.issuer() != null;
    }

    /** Whether this document is a translation of another ({@code translation-of:}). */
    public boolean translation() {
        return translationOf != null;
    }

    public List<String> audienceNames() {
        return new Values(acknowledge);
    }

    public List<String> clauseIds() {
        return new Values(clauses);
    }

    /*
     * The values of a located list, read through rather than copied: the SoA and the coverage of mandatory
     * documents ask every document for its controls and clauses once per control, and building a new list
     * each time (a stream per call) was a visible part of every build of a large ISMS.
     */
    private static final class Values extends AbstractList<String> implements RandomAccess {

        private final List<Located<String>> items;

        Values(List<Located<String>> items) {
            this.items = items;
        }

        @Override
        public String get(int index) {
            return items.get(index).value();
        }

        @Override
        public int size() {
            return items.size();
        }
    }
}
