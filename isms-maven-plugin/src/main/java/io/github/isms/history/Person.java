package io.github.isms.history;

import java.util.Locale;

/** Someone named in git: a commit author or the person behind an approval trailer. */
public record Person(String name, String email) {

    public Person {
        name = name == null ? "" : name;
        email = email == null ? "" : email;
    }

    /** E-mail addresses are compared without case, as mail systems do in practice. */
    public String emailKey() {
        return email.toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return name + " <" + email + ">";
    }
}
