package io.github.isms.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;

/**
 * The password of a settings.xml {@code <server>}, decrypted by Maven's {@link SettingsDecrypter} so that
 * {@code {...}} passwords work: the one way secrets (a keystore password, a platform token) come from
 * settings.xml. No message names the secret.
 */
final class ServerPassword {

    private ServerPassword() {
    }

    /**
     * @param parameter the parameter that named the server, for messages ({@code keystoreServerId})
     * @return the password, empty when the server has none
     */
    static String of(Settings settings, SettingsDecrypter decrypter, String serverId, String parameter)
            throws MojoExecutionException {
        Server server = settings == null ? null : settings.getServer(serverId);
        if (server == null) {
            throw new MojoExecutionException(parameter + " '" + serverId + "': settings.xml has no <server> with this id");
        }
        SettingsDecryptionResult decrypted = decrypter.decrypt(new DefaultSettingsDecryptionRequest(server));
        for (SettingsProblem problem : decrypted.getProblems()) {
            if (problem.getSeverity() != SettingsProblem.Severity.WARNING) {
                // The decrypter's message names the server, not the password.
                throw new MojoExecutionException(parameter + " '" + serverId + "': the password can not be decrypted: "
                        + problem.getMessage());
            }
        }
        String password = decrypted.getServer().getPassword();
        return password == null ? "" : password;
    }
}
