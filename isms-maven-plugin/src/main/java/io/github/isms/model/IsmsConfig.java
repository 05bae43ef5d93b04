package io.github.isms.model;

import io.github.isms.diag.SourcePosition;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The organisation's ISMS settings, from {@code isms.yaml}, with defaults applied.
 *
 * @param roles           role name to the e-mail addresses of the people who hold it, in file order
 * @param classifications ordered from the lowest (most public) to the highest
 * @param catalogs        paths (relative to the ISMS folder) of the organisation's own control catalogs
 * @param source          where isms.yaml starts, for diagnostics about the configuration as a whole
 * @param people          the {@code people:} section: platform logins per e-mail, in file order
 * @param acknowledgement {@code audiences:} and {@code acknowledgement:}: who acknowledges which documents, and how
 */
public record IsmsConfig(
        Organization organization,
        String framework,
        List<String> catalogs,
        Map<String, List<String>> roles,
        List<String> classifications,
        Defaults defaults,
        ApprovalPolicy approval,
        SitePolicy site,
        SourcePosition source,
        List<Member> people,
        AcknowledgementPolicy acknowledgement) {

    public IsmsConfig {
        people = people == null ? List.of() : List.copyOf(people);
        acknowledgement = acknowledgement == null ? AcknowledgementPolicy.NONE : acknowledgement;
    }

    /** A configuration without {@code audiences:} or {@code acknowledgement:}. */
    public IsmsConfig(Organization organization, String framework, List<String> catalogs, Map<String, List<String>> roles,
            List<String> classifications, Defaults defaults, ApprovalPolicy approval, SitePolicy site,
            SourcePosition source, List<Member> people) {
        this(organization, framework, catalogs, roles, classifications, defaults, approval, site, source, people, null);
    }

    /** A configuration without a {@code people:} section. */
    public IsmsConfig(Organization organization, String framework, List<String> catalogs, Map<String, List<String>> roles,
            List<String> classifications, Defaults defaults, ApprovalPolicy approval, SitePolicy site,
            SourcePosition source) {
        this(organization, framework, catalogs, roles, classifications, defaults, approval, site, source, List.of(), null);
    }

    /** The {@code people:} entry of an e-mail address (compared without case), if there is one. */
    public Optional<Member> member(String email) {
        return people.stream().filter(m -> m.email().equalsIgnoreCase(email.strip())).findFirst();
    }

    public static final List<String> DEFAULT_CLASSIFICATIONS = List.of("public", "internal", "confidential", "strictly-confidential");
    public static final Set<String> FRAMEWORKS = Set.of("iso27001:2022", "iso27001:2013");

    public boolean hasRole(String role) {
        return roles.containsKey(role);
    }

    /** True when {@code email} holds {@code role}; e-mail addresses compare without case. */
    public boolean holds(String email, String role) {
        return roles.getOrDefault(role, List.of()).stream().anyMatch(m -> m.equalsIgnoreCase(email.strip()));
    }

    /** The rank of a classification (0 = lowest), or -1 when unknown. */
    public int rank(String classification) {
        return classifications.indexOf(classification.toLowerCase(Locale.ROOT));
    }

    /** Whether a document of this classification may go into the site. */
    public boolean publishable(String classification) {
        int rank = rank(classification);
        return rank >= 0 && rank <= rank(site.publish());
    }
}
