package io.github.isms.engine;

import io.github.isms.platform.PlatformSettings;
import io.github.isms.platform.Sleeper;
import io.github.isms.source.SourceLayout;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.UnaryOperator;

/**
 * What {@link IsmsEngine#recordApprovals} is asked to do.
 *
 * @param layout    where the ISMS sources lie (isms.yaml names the approval branch; git is found above them)
 * @param outputDir where diagnostics.json goes
 * @param platform  the platform settings given; the rest comes from {@code env}
 * @param env       how environment variables are read ({@link System#getenv(String)}; tests hand in their own)
 * @param clock     the time rate limits are measured against
 * @param sleeper   how rate limits and retries are waited out
 */
public record RecordRequest(SourceLayout layout, Path outputDir, PlatformSettings platform, UnaryOperator<String> env,
                            Clock clock, Sleeper sleeper) {

    public RecordRequest(SourceLayout layout, Path outputDir, PlatformSettings platform) {
        this(layout, outputDir, platform, System::getenv, Clock.systemUTC(), Sleeper.REAL);
    }
}
