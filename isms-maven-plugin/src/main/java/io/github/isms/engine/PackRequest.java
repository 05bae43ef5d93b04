package io.github.isms.engine;

import java.nio.file.Path;

/**
 * What {@link IsmsEngine#auditPack} is asked to do.
 *
 * @param build    the build whose site ({@code build.site().siteDir()}) is packed, and whose key signs the pack
 * @param packFile where the zip is written ({@code target/<finalName>-audit-pack.zip})
 */
public record PackRequest(BuildRequest build, Path packFile) {
}
