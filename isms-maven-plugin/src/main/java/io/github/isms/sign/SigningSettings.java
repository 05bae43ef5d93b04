package io.github.isms.sign;

import java.net.URI;
import java.nio.file.Path;

/**
 * Where the signing key comes from, as the build configuration says it. The password is held as
 * {@code char[]} and {@link #toString()} never shows it, so a settings object that ends up in a log
 * or an exception message leaks nothing.
 *
 * @param keystore a PKCS#12 file, or {@code null} for a development key generated for this build
 * @param alias the key's alias, or {@code null} when the keystore holds exactly one key
 * @param password the keystore password (empty when none was configured)
 * @param tsaUrl an RFC 3161 time-stamp authority for PAdES B-T, or {@code null} for B-B
 */
public record SigningSettings(Path keystore, String alias, char[] password, URI tsaUrl) {

    public SigningSettings {
        password = password == null ? new char[0] : password;
    }

    /** No keystore: every build signs with a fresh, untrusted development key. */
    public static SigningSettings developmentKey() {
        return new SigningSettings(null, null, null, null);
    }

    public boolean usesDevelopmentKey() {
        return keystore == null;
    }

    /** The key these settings name; a development key is issued to {@code organization}. */
    public SigningKey load(String organization) {
        return usesDevelopmentKey() ? SigningKey.developmentKey(organization) : SigningKey.fromPkcs12(keystore, alias, password);
    }

    @Override
    public String toString() {
        return "SigningSettings[keystore=" + keystore + ", alias=" + alias + ", password=" + (password.length == 0 ? "none" : "***")
                + ", tsaUrl=" + tsaUrl + "]";
    }
}
