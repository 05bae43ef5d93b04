package io.github.isms.model;

/**
 * A key whose signature on a main-line commit proves that the commit came through the platform's merge
 * (isms.yaml {@code approval.signers}).
 *
 * @param format {@link Format#OPENPGP}: {@code key} is an ASCII-armored OpenPGP public key block;
 *               {@link Format#SSH}: {@code key} is one line of an SSH allowed-signers file
 *               ({@code principals [options] keytype base64-key})
 * @param name   what the key is, for messages (e.g. "GitHub web-flow"), or null
 */
public record TrustedSigner(Format format, String key, String name) {

    public enum Format { OPENPGP, SSH }

    @Override
    public String toString() {
        return name != null ? name : format == Format.SSH ? key.split("\\s+")[0] : "OpenPGP key";
    }
}
