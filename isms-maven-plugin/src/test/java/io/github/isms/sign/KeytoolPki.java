package io.github.isms.sign;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Keys made as an organisation makes them, with the JDK's {@code keytool} (EC P-256): a signing CA
 * ({@code ca.pem}) and PKCS#12 keystores of keys it certified, each with the extensions asked for
 * ({@code keytool -ext} syntax, for example {@code ku:c=digitalSignature,nonRepudiation}).
 */
public final class KeytoolPki {

    public static final String PASSWORD = "Keytool-Pass-2718";

    private final Path dir;

    /** Makes the CA in {@code dir}. */
    public KeytoolPki(Path dir) throws IOException, InterruptedException {
        this.dir = dir;
        keytool(null, common("-genkeypair", "-alias", "ca", "-keystore", "ca.p12",
                "-dname", "CN=Keytool Corp Signing CA, O=Keytool Corp", "-ext", "bc:c", "-validity", "30"));
        keytool(null, List.of("-exportcert", "-rfc", "-alias", "ca", "-keystore", "ca.p12", "-storepass", PASSWORD,
                "-file", "ca.pem"));
    }

    /** The CA certificate, PEM: the trust anchor. */
    public Path caPem() {
        return dir.resolve("ca.pem");
    }

    /** A keystore {@code <alias>.p12} holding one key and its chain, the certificate issued by the CA with {@code extensions}. */
    public Path keystore(String alias, String... extensions) throws IOException, InterruptedException {
        String file = alias + ".p12";
        keytool(null, common("-genkeypair", "-alias", alias, "-keystore", file,
                "-dname", "CN=" + alias + ", O=Keytool Corp", "-validity", "30"));
        String request = keytool(null, List.of("-certreq", "-alias", alias, "-keystore", file, "-storepass", PASSWORD));
        List<String> issue = new ArrayList<>(List.of("-gencert", "-rfc", "-alias", "ca", "-keystore", "ca.p12",
                "-storepass", PASSWORD, "-validity", "30"));
        for (String extension : extensions) {
            issue.add("-ext");
            issue.add(extension);
        }
        String issued = keytool(request, issue);
        Path chain = dir.resolve(alias + "-chain.pem");
        Files.writeString(chain, Files.readString(caPem()) + issued);
        keytool(null, List.of("-importcert", "-noprompt", "-alias", alias, "-keystore", file, "-storepass", PASSWORD,
                "-file", chain.getFileName().toString()));
        return dir.resolve(file);
    }

    private static List<String> common(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("-storetype", "PKCS12", "-storepass", PASSWORD, "-keypass", PASSWORD,
                "-keyalg", "EC", "-groupname", "secp256r1"));
        return all;
    }

    private String keytool(String input, List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        // keytool is a short-lived JVM: no optimising compiler, the smallest collector.
        command.addAll(List.of("-J-XX:TieredStopAtLevel=1", "-J-XX:+UseSerialGC"));
        command.addAll(args);
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        if (input != null) {
            process.getOutputStream().write(input.getBytes(StandardCharsets.US_ASCII));
        }
        process.getOutputStream().close();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (InputStream in = process.getInputStream()) {
            in.transferTo(out);
        }
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException("keytool " + args.get(0) + " failed: " + out.toString(StandardCharsets.UTF_8));
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
