package io.github.isms.history;

import io.github.isms.model.Member;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Who a platform account is: isms.yaml's {@code people:} gives each person's logins once; where it names
 * no one, the e-mail address the platform gave for the account (in the note) names the person. Roles keep
 * naming people by e-mail, so both ways end in an e-mail address.
 */
final class Identities {

    private final Map<String, Member> byLogin = new HashMap<>();

    Identities(List<Member> people) {
        for (Member member : people) {
            put("github", member.github(), member);
            put("gitlab", member.gitlab(), member);
        }
    }

    private void put(String platform, String login, Member member) {
        if (login != null) {
            byLogin.putIfAbsent(key(platform, login), member);
        }
    }

    private static String key(String platform, String login) {
        return platform + ":" + login.toLowerCase(Locale.ROOT);
    }

    /** The person behind an account, or empty when neither people: nor the note's e-mail names one. */
    Optional<Person> of(String platform, ApprovalNote.Account account) {
        Member member = byLogin.get(key(platform, account.login()));
        if (member != null) {
            String name = member.name() != null ? member.name() : account.name();
            return Optional.of(new Person(name, member.email()));
        }
        if (account.email() != null && !account.email().isBlank()) {
            return Optional.of(new Person(account.name(), account.email()));
        }
        return Optional.empty();
    }
}
