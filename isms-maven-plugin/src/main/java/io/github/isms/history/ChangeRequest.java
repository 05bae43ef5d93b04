package io.github.isms.history;

import java.util.List;

/**
 * What a main-line commit tells about the change it brought: who wrote it, who gave evidence of
 * approval, and how to summarise it.
 */
record ChangeRequest(List<Person> authors, List<Person> evidence, String summary) {

    ChangeRequest {
        authors = List.copyOf(authors);
        evidence = List.copyOf(evidence);
    }
}
