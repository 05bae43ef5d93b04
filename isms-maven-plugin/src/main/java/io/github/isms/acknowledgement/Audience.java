package io.github.isms.acknowledgement;

import java.util.List;

/**
 * An audience with its members read: the people who must acknowledge the documents that name it.
 *
 * @param emails         the members' e-mail addresses in lower case, sorted, each once
 * @param classification the lowest classification of a page that may name its members
 */
public record Audience(String name, List<String> emails, String classification) {

    public Audience {
        emails = List.copyOf(emails);
    }
}
