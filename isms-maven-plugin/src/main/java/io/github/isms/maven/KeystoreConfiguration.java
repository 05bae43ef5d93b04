package io.github.isms.maven;

import io.github.isms.sign.SigningSettings;
import java.io.File;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.function.UnaryOperator;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * The signing parameters of {@code isms:site} and the site report, turned into
 * {@link SigningSettings}. The keystore password comes from a settings.xml {@code <server>}
 * (decrypted by Maven's {@link SettingsDecrypter}, so {@code {...}} passwords work) or from an
 * environment variable; it is never logged, and no message names it.
 *
 * @param env how environment variables are read ({@link System#getenv(String)}; tests hand in their own)
 */
record KeystoreConfiguration(File keystore, String alias, String serverId, String passwordEnv, String tsaUrl,
                             Settings settings, SettingsDecrypter decrypter, UnaryOperator<String> env) {

    /** The environment variable read when no {@code <server>} is named. */
    static final String DEFAULT_PASSWORD_ENV = "ISMS_KEYSTORE_PASSWORD";

    SigningSettings resolve(Log log) throws MojoExecutionException {
        URI tsa = tsa();
        if (keystore == null) {
            log.warn("****************************************************************************");
            log.warn("* No keystore configured: the PDFs are signed with a DEVELOPMENT KEY that   *");
            log.warn("* was generated for this build. No one can verify it; do not hand these     *");
            log.warn("* PDFs to an auditor. Set <keystore> (isms.keystore) to sign for real.       *");
            log.warn("****************************************************************************");
            return new SigningSettings(null, null, null, tsa);
        }
        return new SigningSettings(keystore.toPath(), blankToNull(alias), password(), tsa);
    }

    private char[] password() throws MojoExecutionException {
        if (serverId != null && !serverId.isBlank()) {
            return ServerPassword.of(settings, decrypter, serverId, "keystoreServerId").toCharArray();
        }
        String name = passwordEnv == null || passwordEnv.isBlank() ? DEFAULT_PASSWORD_ENV : passwordEnv;
        String password = env.apply(name);
        return password == null ? new char[0] : password.toCharArray();
    }

    private URI tsa() throws MojoExecutionException {
        if (tsaUrl == null || tsaUrl.isBlank()) {
            return null;
        }
        try {
            URI uri = new URI(tsaUrl.strip());
            if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
                throw new URISyntaxException(tsaUrl, "not an http or https address");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new MojoExecutionException("tsaUrl '" + tsaUrl + "' is not a time-stamp authority address: " + e.getReason());
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
