package io.github.isms.maven;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.logging.Log;

/** A Maven log that keeps every line (level, message, and any exception's text) for a test to read; any thread may log. */
final class RecordingLog implements Log {

    private final List<String> lines = new ArrayList<>();

    synchronized List<String> lines() {
        return List.copyOf(lines);
    }

    synchronized String text() {
        return String.join("\n", lines);
    }

    private synchronized void add(String level, CharSequence message, Throwable error) {
        lines.add(level + " " + (message == null ? "" : message) + (error == null ? "" : " " + error));
    }

    @Override public boolean isDebugEnabled() { return true; }
    @Override public void debug(CharSequence content) { add("[DEBUG]", content, null); }
    @Override public void debug(CharSequence content, Throwable error) { add("[DEBUG]", content, error); }
    @Override public void debug(Throwable error) { add("[DEBUG]", null, error); }
    @Override public boolean isInfoEnabled() { return true; }
    @Override public void info(CharSequence content) { add("[INFO]", content, null); }
    @Override public void info(CharSequence content, Throwable error) { add("[INFO]", content, error); }
    @Override public void info(Throwable error) { add("[INFO]", null, error); }
    @Override public boolean isWarnEnabled() { return true; }
    @Override public void warn(CharSequence content) { add("[WARNING]", content, null); }
    @Override public void warn(CharSequence content, Throwable error) { add("[WARNING]", content, error); }
    @Override public void warn(Throwable error) { add("[WARNING]", null, error); }
    @Override public boolean isErrorEnabled() { return true; }
    @Override public void error(CharSequence content) { add("[ERROR]", content, null); }
    @Override public void error(CharSequence content, Throwable error) { add("[ERROR]", content, error); }
    @Override public void error(Throwable error) { add("[ERROR]", null, error); }
}
