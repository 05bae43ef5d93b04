package io.github.isms.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.isms.engine.BuildRequest;
import io.github.isms.engine.IsmsEngine;
import io.github.isms.engine.SiteOptions;
import io.github.isms.testing.TestDocument;
import io.github.isms.testing.TestIsms;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Assets reach the site only when a published body uses them and the asset rule lets them through. */
class ProjectAssetsTest {

    @TempDir
    Path project;

    @Test
    void anActiveFileLinkedFromRawHtmlIsNotCopiedThoughTheBuildOnlyWarnsAboutTheLink() {
        TestIsms.in(project)
                .document("policy.md", TestDocument.of("POL-001") + """

                        <a href="../../assets/help.html">help</a> <a href="../../assets/form.pdf">form</a>
                        """)
                .file("src/isms/assets/help.html", "<script>alert(document.cookie)</script>")
                .file("src/isms/assets/form.pdf", "%PDF-1.7");
        Path site = project.resolve("target/site");

        new IsmsEngine().site(BuildRequest.defaults(project).withSite(new SiteOptions(site, false)));

        assertThat(site.resolve("assets/form.pdf")).exists();
        assertThat(site.resolve("assets/help.html")).doesNotExist();
    }
}
