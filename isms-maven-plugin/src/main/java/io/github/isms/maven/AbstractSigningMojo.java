package io.github.isms.maven;

import io.github.isms.sign.SigningSettings;
import java.io.File;
import java.util.function.UnaryOperator;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/** The parameters of the goals that sign (isms:site, isms:audit-pack): where the key is and how its password is found. */
abstract class AbstractSigningMojo extends AbstractIsmsMojo {

    /** A PKCS#12 keystore with the key that signs the PDFs; without one, a development key is generated (with a warning). */
    @Parameter(property = "isms.keystore")
    File keystore;

    /** The key's alias in the keystore; may be left out when the keystore holds one key. */
    @Parameter(property = "isms.keystoreAlias")
    String keystoreAlias;

    /** A settings.xml {@code <server>} whose password (encrypted passwords work) is the keystore password. */
    @Parameter(property = "isms.keystoreServerId")
    String keystoreServerId;

    /** The environment variable holding the keystore password, read when no {@code keystoreServerId} is set. */
    @Parameter(property = "isms.keystorePasswordEnv", defaultValue = KeystoreConfiguration.DEFAULT_PASSWORD_ENV)
    String keystorePasswordEnv;

    /** An RFC 3161 time-stamp authority; with it the signatures are PAdES B-T. */
    @Parameter(property = "isms.tsaUrl")
    String tsaUrl;

    @Parameter(defaultValue = "${settings}", readonly = true)
    Settings settings;

    @Component
    SettingsDecrypter decrypter;

    /** How environment variables are read; a test replaces it. */
    UnaryOperator<String> environment = System::getenv;

    /** The key these parameters name; a password that can not be found fails the goal. */
    SigningSettings signing() throws MojoExecutionException {
        return new KeystoreConfiguration(keystore, keystoreAlias, keystoreServerId, keystorePasswordEnv, tsaUrl, settings,
                decrypter, environment).resolve(getLog());
    }
}
