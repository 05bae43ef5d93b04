package io.github.isms.pdf;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** A realistic policy as print input, shared by the tests of pdf, sign and verify. */
public final class SamplePrint {

    public static final OffsetDateTime COMMIT_TIME = OffsetDateTime.of(2026, 3, 14, 9, 26, 53, 0, ZoneOffset.UTC);

    private SamplePrint() {}

    public static ControlBlock control(String status) {
        return new ControlBlock("Example Corp", "POL-005", "Access Control Policy", "1.2", status, "CISO",
                List.of("CEO", "CISO"), "2026-03-14", "2026-04-01", "2027-03-14", "internal",
                List.of(new ControlBlock.RevisionLine("1.0", "2025-02-03", "Alice Example", "Bob Example", "First issue"),
                        new ControlBlock.RevisionLine("1.1", "2025-09-12", "Alice Example", "Bob Example", "Remote access rules"),
                        new ControlBlock.RevisionLine("1.2", "2026-03-14", "Carol Example", "Bob Example",
                                "Privileged access reviews every quarter")));
    }

    public static String body(int sections) {
        StringBuilder b = new StringBuilder();
        b.append("<h1>Access Control Policy</h1>\n");
        for (int s = 1; s <= sections; s++) {
            b.append("<h2>").append(s).append(". Section on access &amp; identity ").append(s).append("</h2>\n");
            b.append("<p>Access to information and other associated assets is granted on the principle of least privilege. ")
                    .append("Owners review the access rights of their systems at planned intervals and remove rights that are no longer needed. ")
                    .append("Requests are recorded, approved by the asset owner and implemented by the service desk.</p>\n");
            b.append("<h3>").append(s).append(".1 Requirements</h3>\n<ul>\n<li>Unique user identities for every person (<a href=\"#\">A.5.16</a>).</li>\n")
                    .append("<li>Multi-factor authentication for remote and privileged access.</li>\n<li>Privileged accounts are separate from everyday accounts.</li>\n</ul>\n");
            b.append("<table>\n<thead><tr><th>Role</th><th>Responsibility</th><th>Review</th></tr></thead>\n<tbody>\n");
            for (int r = 1; r <= 6; r++) {
                b.append("<tr><td>Role ").append(r).append("</td><td>Approves and reviews access for systems in scope; keeps evidence of each review.</td><td>Quarterly</td></tr>\n");
            }
            b.append("</tbody>\n</table>\n");
            b.append("<p>Exceptions are approved by the CISO, recorded in the risk register and reviewed every six months. <code>groups.yaml</code> lists the groups.</p>\n");
        }
        return b.toString();
    }

    public static PrintDocument document(boolean draft) {
        PdfMetadata metadata = new PdfMetadata("POL-005@1.2", "Access Control Policy", "en", "Example Corp",
                "Access Control Policy of Example Corp", List.of("ISMS", "policy", "A.5.15"), COMMIT_TIME);
        String xhtml = PrintLayout.xhtml(control(draft ? "draft" : "approved"), "en", body(8), draft);
        PrintDocument print = PrintDocument.of(xhtml, metadata);
        return draft ? print.asDraft() : print;
    }
}
