package io.github.isms.source;

import io.github.isms.diag.Code;
import io.github.isms.diag.Diagnostics;
import io.github.isms.diag.Located;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/** Value formats shared by the source files (front matter, risks.yaml): ids and dates. */
public final class Values {

    /** An id is safe as a file name, a URL segment, a page anchor and a CSV cell. */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private Values() {
    }

    public static boolean isId(String text) {
        return ID.matcher(text).matches();
    }

    /** An ISO 8601 calendar date; anything else is reported as {@link Code#DATE_INVALID} and read as absent. */
    public static Optional<LocalDate> date(Located<String> text, Diagnostics diagnostics) {
        try {
            return Optional.of(LocalDate.parse(text.value()));
        } catch (DateTimeParseException e) {
            diagnostics.report(Code.DATE_INVALID, text.at(), "'" + text.value() + "' is not a valid date; write YYYY-MM-DD");
            return Optional.empty();
        }
    }
}
