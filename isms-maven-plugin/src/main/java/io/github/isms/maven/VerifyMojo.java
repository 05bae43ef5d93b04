package io.github.isms.maven;

import io.github.isms.diag.Diagnostic;
import io.github.isms.engine.IsmsEngine;
import io.github.isms.verify.TrustAnchors;
import io.github.isms.verify.TrustPolicy;
import io.github.isms.verify.VerificationResult;
import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Verifies a built ISMS site (or any folder of PDFs): every PDF's signature covers the whole file
 * except its value, its digest matches, its signer chains to the trust anchors and is issued for
 * signing documents (or is pinned), {@code manifest.json}'s own signature holds, and every file
 * matches {@code manifest.json}. Any finding that is an error fails the build, naming the file.
 */
@Mojo(name = "verify", threadSafe = true, requiresProject = false)
public class VerifyMojo extends AbstractMojo {

    /** The built site to verify. */
    @Parameter(property = "isms.siteDirectory", defaultValue = "${project.build.directory}/isms/site")
    File siteDirectory;

    /** A folder of PDFs to verify instead of the site; its manifest.json is checked when it has one. */
    @Parameter(property = "isms.verifyDirectory")
    File verifyDirectory;

    /**
     * The certificates signatures must chain to: a PEM or DER file of certificates, or a PKCS#12
     * keystore (its certificates; its password from {@code trustStorePasswordEnv} if it has one).
     * Without it (and without {@code trustedSigner}) no signer can be established, which fails the
     * verification unless {@code integrityOnly} is set.
     */
    @Parameter(property = "isms.trustStore")
    File trustStore;

    /**
     * Signer certificates (PEM or DER) accepted as they are, without a chain to the trust store or
     * a key usage check: for an organisation that signs with one certificate of its own.
     */
    @Parameter(property = "isms.trustedSigner")
    File trustedSigner;

    /** Accept signatures of a generated development key (with a warning); without it they fail. */
    @Parameter(property = "isms.allowDevelopmentKey", defaultValue = "false")
    boolean allowDevelopmentKey;

    /**
     * Without a trust store or trusted signer, check only that every file is unchanged since it was
     * signed, and pass; without it such a verification fails, saying what it could not establish.
     */
    @Parameter(property = "isms.integrityOnly", defaultValue = "false")
    boolean integrityOnly;

    /** The environment variable holding a PKCS#12 trust store's password (most have none). */
    @Parameter(property = "isms.trustStorePasswordEnv", defaultValue = "ISMS_TRUSTSTORE_PASSWORD")
    String trustStorePasswordEnv;

    /** Skip the verification. */
    @Parameter(property = "isms.skip", defaultValue = "false")
    boolean skip;

    /** How environment variables are read; a test replaces it. */
    UnaryOperator<String> environment = System::getenv;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("isms:verify skipped");
            return;
        }
        boolean folder = verifyDirectory != null;
        File dir = folder ? verifyDirectory : siteDirectory;
        if (!dir.isDirectory()) {
            throw new MojoFailureException(dir + " does not exist; build the site first (mvn isms:site) or set isms.verifyDirectory");
        }
        VerificationResult result;
        try {
            result = new IsmsEngine().verify(dir.toPath(), policy(), !folder);
        } catch (IOException e) {
            throw new MojoExecutionException("can not read " + dir + ": " + e.getMessage(), e);
        }
        for (Diagnostic d : result.findings()) {
            if (d.isError()) {
                getLog().error(d.format());
            } else {
                getLog().warn(d.format());
            }
        }
        long errors = result.findings().stream().filter(Diagnostic::isError).count();
        if (errors > 0) {
            throw new MojoFailureException("isms:verify: " + errors + " problem(s) in " + dir + "; see the lines above");
        }
        getLog().info("isms:verify: " + result.pdfsChecked() + " PDF signature(s) and " + result.filesChecked()
                + " file(s) of " + dir + " verified");
    }

    private TrustPolicy policy() throws MojoExecutionException {
        TrustPolicy policy = TrustPolicy.anchoredAt(anchors());
        if (trustedSigner != null) {
            try {
                policy = policy.withPinnedSigners(TrustAnchors.fromFiles(List.of(trustedSigner.toPath())).certificates());
            } catch (IOException e) {
                throw new MojoExecutionException("trustedSigner " + trustedSigner + ": " + e.getMessage(), e);
            }
        }
        policy = allowDevelopmentKey ? policy.allowingDevelopmentKey() : policy;
        return integrityOnly ? policy.checkingIntegrityOnly() : policy;
    }

    private TrustAnchors anchors() throws MojoExecutionException {
        if (trustStore == null) {
            return TrustAnchors.none();
        }
        try {
            String password = environment.apply(trustStorePasswordEnv);
            return TrustAnchors.read(trustStore.toPath(), password == null ? new char[0] : password.toCharArray());
        } catch (IOException e) {
            throw new MojoExecutionException("trustStore " + trustStore + ": " + e.getMessage(), e);
        }
    }
}
