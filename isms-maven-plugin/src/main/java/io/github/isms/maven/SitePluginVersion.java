package io.github.isms.maven;

import io.github.isms.diag.Code;
import io.github.isms.diag.Diagnostic;
import io.github.isms.diag.SourcePosition;
import java.util.Optional;
import org.apache.maven.artifact.versioning.ComparableVersion;
import org.apache.maven.model.InputLocation;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.ReportPlugin;
import org.apache.maven.project.MavenProject;

/**
 * Whether {@code mvn site} on this project could run the ISMS report. The report is written against
 * the reporting API that maven-site-plugin 3.21.0 brings; an older site plugin (Maven 3.8's built-in
 * default is 3.3) fails with a class-loading error that names neither plugin, so it is said here first.
 */
final class SitePluginVersion {

    static final String SITE_PLUGIN = "org.apache.maven.plugins:maven-site-plugin";
    static final ComparableVersion OLDEST = new ComparableVersion("3.21.0");
    /** What Maven 3.8 and 3.9 run when a project names no version of the site plugin. */
    static final String MAVEN_DEFAULT = "3.3";

    private SitePluginVersion() {
    }

    /** A warning at the pom when the project reports the ISMS with a site plugin that can not load it. */
    static Optional<Diagnostic> check(MavenProject project, String pluginKey) {
        if (project == null || project.getFile() == null) {
            return Optional.empty();
        }
        ReportPlugin report = project.getModel().getReporting() == null ? null
                : project.getModel().getReporting().getPlugins().stream()
                        .filter(p -> p.getKey().equals(pluginKey)).findFirst().orElse(null);
        if (report == null) {
            return Optional.empty();
        }
        Plugin declared = Optional.ofNullable(project.getPlugin(SITE_PLUGIN))
                .or(() -> Optional.ofNullable(project.getPluginManagement())
                        .map(m -> m.getPluginsAsMap().get(SITE_PLUGIN)))
                .filter(p -> p.getVersion() != null)
                .orElse(null);
        String version = declared == null ? MAVEN_DEFAULT : declared.getVersion();
        if (new ComparableVersion(version).compareTo(OLDEST) >= 0) {
            return Optional.empty();
        }
        InputLocation where = declared != null ? declared.getLocation("version") : report.getLocation("");
        String pom = project.getBasedir().toPath().relativize(project.getFile().toPath()).toString();
        SourcePosition position = where != null && where.getLineNumber() > 0
                ? new SourcePosition(pom, where.getLineNumber(), Math.max(1, where.getColumnNumber()))
                : SourcePosition.file(pom);
        String what = declared == null ? "no maven-site-plugin version, so Maven runs its default " + MAVEN_DEFAULT
                : "maven-site-plugin " + version;
        return Optional.of(new Diagnostic(Code.SITE_PLUGIN_TOO_OLD.defaultSeverity(), Code.SITE_PLUGIN_TOO_OLD, position,
                "the project reports the ISMS in mvn site but names " + what + "; mvn site would fail with a class-loading"
                        + " error. Pin maven-site-plugin " + OLDEST + " or later under <build><pluginManagement>"));
    }
}
