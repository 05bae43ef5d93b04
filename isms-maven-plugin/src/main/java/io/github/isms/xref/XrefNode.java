package io.github.isms.xref;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * A {@code [[target#anchor|text]]} cross-reference in the Markdown tree. The parser fills in what
 * was written; {@link ReferenceResolver} adds where it leads ({@link #href}) and what it shows.
 */
public final class XrefNode extends Node {

    private final String target;
    private final String anchor;
    private final String text;
    private String href;
    private String label;
    private boolean unpublished;

    XrefNode(BasedSequence chars, String target, String anchor, String text) {
        super(chars);
        this.target = target;
        this.anchor = anchor;
        this.text = text;
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }

    /** The id as written, without anchor or text. */
    public String target() {
        return target;
    }

    /** The part after {@code #}, or null. */
    public String anchor() {
        return anchor;
    }

    /** The part after {@code |}, or null. */
    public String text() {
        return text;
    }

    /** Where the reference leads, or null when it leads nowhere (missing or unpublished target). */
    public String href() {
        return href;
    }

    /** What the reader sees; the source text until the reference is resolved. */
    public String label() {
        return label != null ? label : getChars().toString();
    }

    /** True when the target exists but the site does not publish it. */
    public boolean isUnpublished() {
        return unpublished;
    }

    void resolve(String href, String label) {
        this.href = href;
        this.label = label;
    }

    void unpublished(String label) {
        resolve(null, label);
        this.unpublished = true;
    }
}
