package io.github.isms.history;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Which roles a person holds, matched by e-mail without case. */
final class RoleDirectory {

    /**
     * GitHub's noreply form {@code 12345+login@users.noreply.github.com}: the older form without the
     * numeric id names the same account, so either form in isms.yaml matches either form in git.
     */
    private static final Pattern GITHUB_NOREPLY = Pattern.compile("^\\d+\\+(.+@users\\.noreply\\.github\\.com)$");

    private final Map<String, Set<String>> rolesByEmail = new HashMap<>();

    RoleDirectory(Map<String, List<String>> emailsByRole) {
        emailsByRole.forEach((role, emails) -> {
            for (String email : emails) {
                rolesByEmail.computeIfAbsent(key(email), k -> new HashSet<>()).add(role);
            }
        });
    }

    boolean holdsAny(Person person, List<String> roles) {
        return roleAmong(person, roles).isPresent();
    }

    /** The first of {@code roles} that {@code person} holds: the role they approve in. */
    Optional<String> roleAmong(Person person, List<String> roles) {
        Set<String> held = rolesByEmail.getOrDefault(key(person.email()), Set.of());
        return roles.stream().filter(held::contains).findFirst();
    }

    /** One key per mailbox: without case, and GitHub's two noreply forms as one. */
    static String key(String email) {
        String lower = email.strip().toLowerCase(Locale.ROOT);
        Matcher m = GITHUB_NOREPLY.matcher(lower);
        return m.matches() ? m.group(1) : lower;
    }
}
