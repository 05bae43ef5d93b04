package io.github.isms.diag;

import static io.github.isms.diag.Severity.ERROR;
import static io.github.isms.diag.Severity.WARNING;

/**
 * The stable codes of every kind of problem. Names never change once released: CI bots and
 * suppressions key on them. Each new code is listed in the README's diagnostics table.
 */
public enum Code {
    // Files
    FILE_UNREADABLE(ERROR, "a file could not be read"),
    FILE_ENCODING(ERROR, "a file is not valid UTF-8"),
    FILE_TOO_LARGE(ERROR, "a file is larger than the configured limit"),
    FILE_OUTSIDE_SOURCE(ERROR, "a file or symbolic link resolves outside the ISMS source folder"),
    CONFIG_MISSING(ERROR, "isms.yaml does not exist"),

    // YAML and front matter
    YAML_SYNTAX(ERROR, "YAML that does not parse"),
    YAML_LIMIT(ERROR, "YAML that exceeds a safety limit (alias expansion, nesting, size)"),
    FRONT_MATTER_MISSING(ERROR, "a document does not start with a --- front matter block"),
    FRONT_MATTER_UNCLOSED(ERROR, "a front matter block is never closed with ---"),
    KEY_REQUIRED(ERROR, "a required key is missing"),
    KEY_TYPE(ERROR, "a value has the wrong type (for example a list where a string belongs)"),
    KEY_UNKNOWN(WARNING, "a key that the plugin does not know (a typo?)"),
    KEY_DUPLICATE(ERROR, "the same key twice in one mapping"),

    // Site layouts (isms:site, mvn site)
    THEME_INVALID(ERROR, "a theme template (src/isms/theme/*.peb) that does not parse or render"),

    // Values
    VALUE_EMPTY(ERROR, "a required value is empty"),
    VERSION_FORMAT(ERROR, "a version that is not major.minor"),
    DATE_INVALID(ERROR, "a date that is not a valid ISO 8601 calendar date (YYYY-MM-DD)"),
    INTERVAL_INVALID(ERROR, "a review interval that is not like '12 months', '1 year', '90 days'"),
    TYPE_UNKNOWN(ERROR, "a document type outside policy, procedure, standard, guideline, plan, register, record, external"),
    STATUS_UNKNOWN(ERROR, "a document status other than active or retired"),
    ID_FORMAT(ERROR, "a document id with characters other than letters, digits, '-', '_' and '.'"),
    ID_DUPLICATE(ERROR, "two documents with the same id"),
    ROLE_UNKNOWN(ERROR, "an owner or approver role that isms.yaml does not define"),
    CLASSIFICATION_UNKNOWN(ERROR, "a classification that isms.yaml does not list"),
    FRAMEWORK_UNKNOWN(ERROR, "a framework other than iso27001:2022 or iso27001:2013"),
    EMAIL_INVALID(ERROR, "a role member that is not an e-mail address"),
    EVIDENCE_UNKNOWN(ERROR, "an approval evidence kind other than trailers or merger"),

    // Document bodies: placeholders, cross-references, links, raw HTML
    PLACEHOLDER_UNKNOWN(ERROR, "a placeholder names a variable the document context does not have"),
    PLACEHOLDER_SYNTAX(ERROR, "template syntax in a document body that does not parse"),
    PLACEHOLDER_FORBIDDEN(ERROR, "a placeholder that calls a Java method"),
    PLACEHOLDER_FAILED(ERROR, "a placeholder that fails while it is evaluated (for example a filter on the wrong type)"),
    REF_NOT_FOUND(ERROR, "a cross-reference or .md link to a document, control or clause that does not exist"),
    REF_ANCHOR_NOT_FOUND(ERROR, "a cross-reference or link to a heading that the target document does not have"),
    REF_UNPUBLISHED(WARNING, "a reference to a document that the site does not publish (its classification is above site.publish)"),
    ASSET_NOT_FOUND(ERROR, "an image or link to a file under assets/ that does not exist"),
    LINK_UNRESOLVED(ERROR, "a relative link that is neither another document's .md file nor a file under assets/"),
    HTML_UNSAFE(WARNING, "raw HTML or a link that the sanitizer removes (script, event handler, javascript: or data: URL, remote image)");

    private final Severity defaultSeverity;
    private final String summary;

    Code(Severity defaultSeverity, String summary) {
        this.defaultSeverity = defaultSeverity;
        this.summary = summary;
    }

    public Severity defaultSeverity() {
        return defaultSeverity;
    }

    /** One line for the README's table and for tooling. */
    public String summary() {
        return summary;
    }
}
