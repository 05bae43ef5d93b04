package io.github.isms.site;

import io.github.isms.engine.BuildRequest;
import io.github.isms.check.CheckResult;
import io.github.isms.engine.IsmsEngine;
import io.github.isms.engine.SiteOptions;
import io.github.isms.testing.TestIsms;
import java.nio.file.Path;

/**
 * A small ISMS on the shared {@link TestIsms} configuration: two policies, a procedure that
 * cross-references them, a guideline carrying XSS payloads, and a confidential document the site
 * must not publish.
 */
final class SiteFixture {

    /** A word that only the published procedure's body contains, for search tests. */
    static final String SEARCH_WORD = "zebrafish";
    /** A word that only the confidential document contains; it must appear nowhere in the site. */
    static final String SECRET_WORD = "quokkasecret";

    private SiteFixture() {
    }

    static TestIsms write(Path projectDir) {
        TestIsms isms = TestIsms.in(projectDir);
        isms.document("policies/security.md", """
                ---
                id: POL-001
                title: Information Security Policy
                type: policy
                version: "1.2"
                classification: public
                effective: 2026-01-15
                ---
                # Information Security Policy

                ## Purpose

                This policy sets the direction of information security.

                | Objective | Target |
                |:---|---:|
                | No serious incidents | 0 per year |

                - Incidents follow [[PRO-001]].
                - Access follows [[POL-002|the access rules]].
                """);
        isms.document("policies/access.md", """
                ---
                id: POL-002
                title: Access Control Policy
                type: policy
                version: "1.0"
                effective: 2026-02-01
                controls: [A.5.15]
                ---
                # Access Control Policy

                Access is granted on least privilege. See [[POL-001]].
                Mergers follow [the plan](../secret/plan.md).

                This policy implements [[A.5.15]].
                """);
        isms.document("procedures/incidents.md", """
                ---
                id: PRO-001
                title: Incident Management Procedure
                type: procedure
                version: "2.1"
                ---
                # Incident Management Procedure

                ## Reporting

                Report every incident, even a %s in the server room, to the service desk.
                The policy is [[POL-001]].
                """.formatted(SEARCH_WORD));
        isms.document("guidelines/payloads.md", """
                ---
                id: GDL-001
                title: "Tips <script>window.pwned=2</script> & tricks"
                type: guideline
                version: "1.0"
                ---
                # Payloads

                <img src=x alt="" onerror=alert(1)>

                <script>window.pwned=1</script>

                [click](javascript:alert(3))
                """);
        isms.document("secret/plan.md", """
                ---
                id: SEC-001
                title: Confidential Merger Plan
                type: plan
                version: "1.0"
                classification: confidential
                ---
                # Merger

                The %s project is confidential. See [[POL-001]].
                """.formatted(SECRET_WORD));
        isms.file("src/isms/risks.yaml", """
                risks:
                  - id: R-001
                    title: "Stolen laptop <script>window.pwned=4</script> exposes customer data"
                    owner: CISO
                    likelihood: 3
                    impact: 4
                    treatment: modify
                    controls: [A.5.15]
                    plan: Disk encryption & remote wipe
                    due: 2026-06-30
                    status: in-progress
                    residual: {likelihood: 3, impact: 2}
                  - id: R-002
                    title: Cloud region outage
                    owner: CEO
                    likelihood: 2
                    impact: 4
                    treatment: retain
                    acceptance: {by: CEO, date: 2026-02-20}
                  - id: R-003
                    title: Phishing of finance staff
                    owner: CISO
                    likelihood: 4
                    impact: 3
                """);
        return isms;
    }

    /** Builds the site of a project into {@code siteDir}. */
    static CheckResult buildSite(Path projectDir, Path siteDir) {
        return new IsmsEngine().site(BuildRequest.defaults(projectDir).withSite(new SiteOptions(siteDir, false)));
    }
}
