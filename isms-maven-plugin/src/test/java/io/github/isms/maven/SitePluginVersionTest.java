package io.github.isms.maven;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.isms.diag.Code;
import io.github.isms.diag.Diagnostic;
import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.maven.model.Build;
import org.apache.maven.model.Model;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginManagement;
import org.apache.maven.model.ReportPlugin;
import org.apache.maven.model.Reporting;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SitePluginVersionTest {

    private static final String ISMS = "io.github.isms:isms-maven-plugin";

    @TempDir
    Path dir;

    private MavenProject project(boolean reportsIsms) {
        Model model = new Model();
        model.setBuild(new Build());
        if (reportsIsms) {
            ReportPlugin report = new ReportPlugin();
            report.setGroupId("io.github.isms");
            report.setArtifactId("isms-maven-plugin");
            Reporting reporting = new Reporting();
            reporting.addPlugin(report);
            model.setReporting(reporting);
        }
        MavenProject project = new MavenProject(model);
        project.setFile(new File(dir.toFile(), "pom.xml"));
        return project;
    }

    private static Plugin sitePlugin(String version) {
        Plugin plugin = new Plugin();
        plugin.setGroupId("org.apache.maven.plugins");
        plugin.setArtifactId("maven-site-plugin");
        plugin.setVersion(version);
        return plugin;
    }

    @Test
    void aProjectThatReportsTheIsmsWithoutPinningTheSitePluginIsWarnedThatMavenWouldRunItsOldDefault() {
        Optional<Diagnostic> warning = SitePluginVersion.check(project(true), ISMS);

        assertThat(warning).hasValueSatisfying(w -> {
            assertThat(w.code()).isEqualTo(Code.SITE_PLUGIN_TOO_OLD);
            assertThat(w.isError()).isFalse();
            assertThat(w.format()).startsWith("pom.xml").contains("default 3.3").contains("3.21.0");
        });
    }

    @Test
    void anOldVersionInPluginManagementOrTheBuildIsWarnedAndThePinnedOneIsNot() {
        MavenProject managed = project(true);
        PluginManagement management = new PluginManagement();
        management.addPlugin(sitePlugin("3.21.0"));
        managed.getBuild().setPluginManagement(management);
        MavenProject old = project(true);
        old.getBuild().addPlugin(sitePlugin("3.12.1"));

        assertThat(SitePluginVersion.check(managed, ISMS)).isEmpty();
        assertThat(SitePluginVersion.check(old, ISMS)).hasValueSatisfying(w -> assertThat(w.message()).contains("maven-site-plugin 3.12.1"));
    }

    @Test
    void aProjectThatDoesNotReportTheIsmsIsNotConcerned() {
        assertThat(SitePluginVersion.check(project(false), ISMS)).isEmpty();
    }
}
