package io.github.isms.history;

import io.github.isms.model.Version;
import java.util.Comparator;
import java.util.Optional;

/**
 * Orders versions written as dot-separated numbers ({@code 1.9 < 1.10}); a part that is not a number
 * is compared as text, so an odd version still has a stable place.
 */
public final class VersionOrder implements Comparator<String> {

    public static final VersionOrder INSTANCE = new VersionOrder();

    private VersionOrder() {
    }

    @Override
    public int compare(String a, String b) {
        Optional<Version> left = Version.parse(a);
        Optional<Version> right = Version.parse(b);
        if (left.isPresent() && right.isPresent()) {
            return left.get().compareTo(right.get());
        }
        return compareParts(a, b);
    }

    /** History may hold versions that predate today's {@code major.minor} rule; they still need an order. */
    private static int compareParts(String a, String b) {
        String[] leftParts = a.strip().split("\\.");
        String[] rightParts = b.strip().split("\\.");
        for (int i = 0; i < Math.max(leftParts.length, rightParts.length); i++) {
            String l = i < leftParts.length ? leftParts[i] : "0";
            String r = i < rightParts.length ? rightParts[i] : "0";
            int c = comparePart(l, r);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    private static int comparePart(String l, String r) {
        if (isNumber(l) && isNumber(r)) {
            String ls = l.replaceFirst("^0+(?=.)", "");
            String rs = r.replaceFirst("^0+(?=.)", "");
            return ls.length() != rs.length() ? Integer.compare(ls.length(), rs.length()) : ls.compareTo(rs);
        }
        return l.compareTo(r);
    }

    private static boolean isNumber(String s) {
        return !s.isEmpty() && s.chars().allMatch(ch -> ch >= '0' && ch <= '9');
    }
}
