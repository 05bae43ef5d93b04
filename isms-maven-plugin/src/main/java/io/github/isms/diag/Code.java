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

    // Document control from git history
    VERSION_DECREASED(ERROR, "a document's version went down (a warning when it lies in past history)"),
    VERSION_NOT_CHANGED(WARNING, "a document's content changed but its version did not"),
    VERSION_REUSED(ERROR, "a version number used again for different content (a warning in past history)"),
    APPROVAL_WITHOUT_ROLE(WARNING, "approval evidence from a person who holds none of the document's approver roles"),
    HISTORY_FRONT_MATTER(WARNING, "a document's front matter could not be read at some commit of its history");

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
