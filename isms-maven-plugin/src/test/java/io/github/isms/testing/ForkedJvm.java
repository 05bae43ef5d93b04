package io.github.isms.testing;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** A plain JVM started from the tests' own class path, running one class's {@code main}: a real second process. */
public final class ForkedJvm {

    private ForkedJvm() {
    }

    /** Starts {@code main} with {@code args}; its output and errors go to {@code log}. */
    public static Process start(Class<?> main, Path log, String... args) throws IOException {
        return start(List.of(), main, log, args);
    }

    /**
     * Starts {@code main} with JVM options too, for example {@code -XX:ArchiveClassesAtExit=} in a
     * first run and {@code -XX:SharedArchiveFile=} in the next ones, which load the classes the
     * first one used from that archive and so start faster.
     */
    public static Process start(List<String> jvmOptions, Class<?> main, Path log, String... args) throws IOException {
        return start(jvmOptions, System.getProperty("java.class.path"), main, log, args);
    }

    /** Starts {@code main} with JVM options and the class path {@code classPath}, for example one {@link #classPathWithout} a jar. */
    public static Process start(List<String> jvmOptions, String classPath, Class<?> main, Path log, String... args)
            throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", classPath, main.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /** The tests' class path without the jars whose file name starts with {@code jarName}. */
    public static String classPathWithout(String jarName) {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !Path.of(entry).getFileName().toString().startsWith(jarName))
                .collect(Collectors.joining(File.pathSeparator));
    }
}
