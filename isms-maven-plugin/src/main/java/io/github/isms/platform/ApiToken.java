package io.github.isms.platform;

/**
 * The secret a platform request carries, and the header it goes in ({@code Authorization} on GitHub,
 * {@code PRIVATE-TOKEN} or {@code JOB-TOKEN} on GitLab). {@link #toString()} never shows the value, so
 * that no log line, message or debugger view prints it by accident.
 */
public record ApiToken(String header, String value) {

    @Override
    public String toString() {
        return "ApiToken[" + header + ": ****]";
    }
}
