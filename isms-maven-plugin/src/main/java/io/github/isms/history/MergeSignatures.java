package io.github.isms.history;

import io.github.isms.model.TrustedSigner;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bouncycastle.openpgp.PGPException;
import org.bouncycastle.openpgp.PGPPublicKey;
import org.bouncycastle.openpgp.PGPPublicKeyRing;
import org.bouncycastle.openpgp.PGPPublicKeyRingCollection;
import org.bouncycastle.openpgp.PGPSignature;
import org.bouncycastle.openpgp.PGPSignatureList;
import org.bouncycastle.openpgp.PGPUtil;
import org.bouncycastle.openpgp.jcajce.JcaPGPObjectFactory;
import org.bouncycastle.openpgp.operator.jcajce.JcaKeyFingerprintCalculator;
import org.bouncycastle.openpgp.operator.jcajce.JcaPGPContentVerifierBuilderProvider;
import org.eclipse.jgit.lib.Config;
import org.eclipse.jgit.lib.GpgConfig;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.SignatureVerifier;
import org.eclipse.jgit.lib.SignatureVerifiers;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.signing.ssh.SshSignatureVerifierFactory;

/**
 * Checks the signatures of main-line commits against the keys {@code approval.signers} trusts (e.g. the
 * platform's web-merge key), never against a keyring of the machine that builds: the trust anchors are part
 * of the reviewed ISMS. One per reading of history; close it to remove the allowed-signers file it wrote.
 *
 * <p>SSH signatures go through JGit's own verifier, which reads an OpenSSH allowed-signers file, so the
 * trusted lines are written to a temporary one. JGit's OpenPGP verifier looks keys up in the user's GnuPG
 * keyring only; OpenPGP signatures are therefore verified with BouncyCastle (the library JGit's verifier
 * uses) against the armored keys isms.yaml lists, over the same signed payload.
 */
final class MergeSignatures implements AutoCloseable {

    private final Repository repository;
    private final Map<List<TrustedSigner>, Trust> trusts = new HashMap<>();
    private final List<Path> written = new ArrayList<>();
    private SignatureVerifier sshVerifier;

    MergeSignatures(Repository repository) {
        this.repository = repository;
    }

    /** The parsed form of one list of trusted signers (the rules in force may change along the line). */
    private record Trust(PGPPublicKeyRingCollection openpgp, Map<Long, String> openpgpNames, GpgConfig ssh,
            String problem) {
    }

    MergeSignature check(RevCommit commit, List<TrustedSigner> signers) {
        if (signers.isEmpty()) {
            return MergeSignature.NOT_CHECKED;
        }
        byte[] signature = commit.getRawGpgSignature();
        if (signature == null) {
            return new MergeSignature(MergeSignature.State.UNSIGNED, null, "the commit is not signed");
        }
        Trust trust = trusts.computeIfAbsent(signers, this::trust);
        byte[] payload = signedPayload(commit.getRawBuffer());
        try {
            return switch (SignatureVerifiers.getFormat(signature)) {
                case OPENPGP -> openpgp(trust, payload, signature);
                case SSH -> ssh(trust, payload, signature);
                default -> new MergeSignature(MergeSignature.State.UNTRUSTED, null,
                        "signed with an X.509 certificate; approval.signers lists OpenPGP and SSH keys");
            };
        } catch (IOException | PGPException | RuntimeException e) {
            return new MergeSignature(MergeSignature.State.BAD, null, "the signature can not be read: " + e.getMessage());
        }
    }

    private Trust trust(List<TrustedSigner> signers) {
        List<PGPPublicKeyRing> rings = new ArrayList<>();
        Map<Long, String> names = new HashMap<>();
        StringBuilder allowed = new StringBuilder();
        List<String> problems = new ArrayList<>();
        for (TrustedSigner signer : signers) {
            if (signer.format() == TrustedSigner.Format.SSH) {
                allowed.append(signer.key().strip()).append('\n');
                continue;
            }
            try {
                for (PGPPublicKeyRing ring : new PGPPublicKeyRingCollection(PGPUtil.getDecoderStream(
                        new ByteArrayInputStream(signer.key().getBytes(StandardCharsets.US_ASCII))),
                        new JcaKeyFingerprintCalculator())) {
                    rings.add(ring);
                    for (PGPPublicKey key : ring) {
                        names.put(key.getKeyID(), signer.name() != null ? signer.name() : userId(ring));
                    }
                }
            } catch (IOException | PGPException | RuntimeException e) {
                problems.add("the OpenPGP key of " + signer + " can not be read: " + e.getMessage());
            }
        }
        GpgConfig ssh = null;
        if (!allowed.isEmpty()) {
            try {
                Path file = Files.createTempFile("isms-allowed-signers", "");
                written.add(file);
                Files.writeString(file, allowed, StandardCharsets.UTF_8);
                Config config = new Config();
                config.setString("gpg", null, "format", "ssh");
                config.setString("gpg", "ssh", "allowedSignersFile", file.toAbsolutePath().toString());
                ssh = new GpgConfig(config);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new Trust(new PGPPublicKeyRingCollection(rings), names, ssh,
                problems.isEmpty() ? null : String.join("; ", problems));
    }

    private static String userId(PGPPublicKeyRing ring) {
        var ids = ring.getPublicKey().getUserIDs();
        return ids.hasNext() ? ids.next() : "OpenPGP key " + Long.toHexString(ring.getPublicKey().getKeyID());
    }

    private static MergeSignature openpgp(Trust trust, byte[] payload, byte[] armored) throws IOException, PGPException {
        PGPSignature signature = parse(armored);
        PGPPublicKey key = trust.openpgp().getPublicKey(signature.getKeyID());
        if (key == null) {
            return new MergeSignature(MergeSignature.State.UNTRUSTED, null, "signed by OpenPGP key "
                    + String.format("%016X", signature.getKeyID()) + ", which approval.signers does not list"
                    + (trust.problem() == null ? "" : " (" + trust.problem() + ")"));
        }
        signature.init(new JcaPGPContentVerifierBuilderProvider(), key);
        signature.update(payload);
        String name = trust.openpgpNames().get(signature.getKeyID());
        return signature.verify() ? new MergeSignature(MergeSignature.State.VERIFIED, name, "")
                : new MergeSignature(MergeSignature.State.BAD, name, "the OpenPGP signature of " + name
                        + " does not match the commit: it was changed after signing");
    }

    private static PGPSignature parse(byte[] armored) throws IOException, PGPException {
        try (InputStream in = PGPUtil.getDecoderStream(new ByteArrayInputStream(armored))) {
            Object object = new JcaPGPObjectFactory(in).nextObject();
            if (object instanceof PGPSignatureList list && !list.isEmpty()) {
                return list.get(0);
            }
            throw new PGPException("no OpenPGP signature packet");
        }
    }

    private MergeSignature ssh(Trust trust, byte[] payload, byte[] signature) throws IOException {
        if (trust.ssh() == null) {
            return new MergeSignature(MergeSignature.State.UNTRUSTED, null,
                    "signed with an SSH key; approval.signers lists no SSH key");
        }
        if (sshVerifier == null) {
            sshVerifier = new SshSignatureVerifierFactory().create();
        }
        SignatureVerifier.SignatureVerification result = sshVerifier.verify(repository, trust.ssh(), payload, signature);
        // JGit's SSH verifier checks the signature first (trust NEVER when it fails), then asks the allowed
        // signers: FULL when a line allows the key for the committer, UNKNOWN when none does.
        if (result.trustLevel() == SignatureVerifier.TrustLevel.FULL && result.verified()) {
            return new MergeSignature(MergeSignature.State.VERIFIED, result.signer(), "");
        }
        if (result.trustLevel() == SignatureVerifier.TrustLevel.UNKNOWN) {
            return new MergeSignature(MergeSignature.State.UNTRUSTED, null, "signed by SSH key "
                    + result.keyFingerprint() + ", which approval.signers does not allow for this committer");
        }
        return new MergeSignature(MergeSignature.State.BAD, null, "the SSH signature does not match the commit: "
                + "it was changed after signing" + (result.message() == null ? "" : " (" + result.message() + ")"));
    }

    /** The commit as it was signed: its raw form without the {@code gpgsig} header and its continuation lines. */
    static byte[] signedPayload(byte[] raw) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length);
        int i = 0;
        boolean skipping = false;
        while (i < raw.length) {
            int end = i;
            while (end < raw.length && raw[end] != '\n') {
                end++;
            }
            int next = Math.min(raw.length, end + 1);
            if (end == i) { // the blank line: the message follows, copied whole
                out.write(raw, i, raw.length - i);
                break;
            }
            if (raw[i] == ' ' && skipping) {
                i = next;
                continue;
            }
            skipping = startsWith(raw, i, "gpgsig ") || startsWith(raw, i, "gpgsig-sha256 ");
            if (!skipping) {
                out.write(raw, i, next - i);
            }
            i = next;
        }
        return out.toByteArray();
    }

    private static boolean startsWith(byte[] raw, int at, String prefix) {
        byte[] p = prefix.getBytes(StandardCharsets.US_ASCII);
        if (at + p.length > raw.length) {
            return false;
        }
        for (int k = 0; k < p.length; k++) {
            if (raw[at + k] != p[k]) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void close() {
        if (sshVerifier != null) {
            sshVerifier.clear();
        }
        for (Path file : written) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // a temporary file; the system's cleanup takes it
            }
        }
    }
}
