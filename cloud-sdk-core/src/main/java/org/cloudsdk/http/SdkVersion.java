package org.cloudsdk.http;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import org.jspecify.annotations.Nullable;

/** The SDK's own version, as the build wrote it, for the User-Agent header. */
public final class SdkVersion {

    private static final String VERSION = load();

    private SdkVersion() {
    }

    /** @return the version, or {@code unknown} when the build left none */
    public static String get() {
        return VERSION;
    }

    /**
     * @param customUserAgent the application's own agent, or null
     * @return {@code cloud-sdk/<version>}, with the custom agent in front when given
     */
    public static String userAgent(@Nullable String customUserAgent) {
        String own = "cloud-sdk/" + VERSION;
        return customUserAgent == null || customUserAgent.isBlank() ? own : customUserAgent.trim() + " " + own;
    }

    private static String load() {
        try (InputStream in = SdkVersion.class.getResourceAsStream("/org/cloudsdk/version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            String version = properties.getProperty("version", "unknown");
            return version.startsWith("${") ? "unknown" : version;
        } catch (IOException e) {
            return "unknown";
        }
    }
}
