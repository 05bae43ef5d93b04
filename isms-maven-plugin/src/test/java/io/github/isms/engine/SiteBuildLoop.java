package io.github.isms.engine;

import io.github.isms.check.CheckResult;
import io.github.isms.source.SourceLayout;
import java.nio.file.Path;

/**
 * A second process for {@link IsmsEngineInterruptedBuildTest}: builds the sites of the projects
 * given, in turn, into one output folder, again and again until it is killed (or, with
 * {@code -Disms.loopBuilds=n}, n times).
 */
public final class SiteBuildLoop {

    public static void main(String[] args) {
        Path output = Path.of(args[0]);
        int builds = Integer.getInteger("isms.loopBuilds", Integer.MAX_VALUE);
        for (int i = 0; i < builds; i++) {
            Path project = Path.of(args[1 + i % (args.length - 1)]);
            CheckResult result = new IsmsEngine().site(request(project, output));
            System.out.println("built " + i + " errors " + result.errors().size());
            System.out.flush();
        }
    }

    static BuildRequest request(Path project, Path output) {
        return new BuildRequest(SourceLayout.defaults(project), output)
                .withSite(new SiteOptions(output.resolve("site"), false).withSpareBeside());
    }
}
