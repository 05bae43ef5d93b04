package io.github.isms.diag;

public enum Severity {
    ERROR,
    WARNING
}
