package io.github.isms.model;

import io.github.isms.diag.SourcePosition;
import java.util.List;

/**
 * An audience as isms.yaml declares it: a CSV file of people (as HR tools export it) or a list of
 * e-mail addresses. The file is read later, with the acknowledgements, so that reading a past isms.yaml
 * from git never touches the work tree.
 *
 * @param file           the CSV file, relative to the ISMS folder, or null for an inline list
 * @param members        the inline list's e-mail addresses (empty for a file)
 * @param classification the lowest classification of a page that may name the audience's members
 * @param at             where the audience is declared
 */
public record AudienceSource(String name, String file, List<String> members, String classification, SourcePosition at) {

    public AudienceSource {
        members = List.copyOf(members);
    }
}
