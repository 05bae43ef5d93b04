package io.github.isms.model;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How often something recurs (a document's review, the collection of evidence) or how long a period
 * lasts, written as people say it ("12 months", "1 year", "30d", "quarterly") or ISO 8601 ("P1Y").
 */
public record ReviewInterval(Period period, String text) {

    private static final Pattern WORDS = Pattern.compile("([1-9][0-9]{0,3})\\s*(day|week|month|year|d|w|m|y)s?");
    private static final java.util.Map<String, Period> NAMED = java.util.Map.of("daily", Period.ofDays(1),
            "weekly", Period.ofWeeks(1), "monthly", Period.ofMonths(1), "quarterly", Period.ofMonths(3),
            "yearly", Period.ofYears(1), "annually", Period.ofYears(1));

    public static Optional<ReviewInterval> parse(String text) {
        String normal = text.strip().toLowerCase(Locale.ROOT);
        if (NAMED.containsKey(normal)) {
            return Optional.of(new ReviewInterval(NAMED.get(normal), text.strip()));
        }
        Matcher m = WORDS.matcher(normal);
        if (m.matches()) {
            int n = Integer.parseInt(m.group(1));
            Period period = switch (m.group(2)) {
                case "day", "d" -> Period.ofDays(n);
                case "week", "w" -> Period.ofWeeks(n);
                case "month", "m" -> Period.ofMonths(n);
                default -> Period.ofYears(n);
            };
            return Optional.of(new ReviewInterval(period, text.strip()));
        }
        try {
            Period period = Period.parse(text.strip());
            return period.isNegative() || period.isZero() ? Optional.empty() : Optional.of(new ReviewInterval(period, text.strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    public LocalDate after(LocalDate date) {
        return date.plus(period);
    }

    @Override
    public String toString() {
        return text;
    }
}
