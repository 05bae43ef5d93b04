package io.github.isms.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The version of isms-maven-plugin, as the build wrote it into the plugin's own resources. */
final class PluginVersion {

    private static final String VERSION = read();

    private PluginVersion() {
    }

    static String get() {
        return VERSION;
    }

    private static String read() {
        try (InputStream in = PluginVersion.class.getResourceAsStream("plugin.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException("can not read the plugin's version", e);
        }
    }
}
