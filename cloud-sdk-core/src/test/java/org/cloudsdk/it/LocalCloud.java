package org.cloudsdk.it;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

import org.cloudsdk.CloudContext;
import org.cloudsdk.CloudContextBuilder;
import org.cloudsdk.config.CloudConfiguration;

/**
 * The real local cloud started by {@code scripts/local-cloud.sh}: its endpoints and credentials,
 * read from the properties file the script writes. Integration tests fail (not skip) when it is
 * missing, because CI starts the cloud before them.
 */
public final class LocalCloud {

    private static final Properties PROPERTIES = load();

    private LocalCloud() {
    }

    private static Properties load() {
        Path file = stateDirectory().resolve("local-cloud.properties");
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("the local cloud is not running (no " + file
                    + "): start it with scripts/local-cloud.sh start");
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
        return properties;
    }

    /** Where scripts/local-cloud.sh keeps its state: the same rule as the script's. */
    private static Path stateDirectory() {
        String property = System.getProperty("cloudsdk.localCloud.state");
        if (property != null && !property.isBlank()) {
            return Path.of(property);
        }
        String env = System.getenv("LOCAL_CLOUD_STATE");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        String tmp = System.getenv("TMPDIR");
        return Path.of(tmp == null || tmp.isBlank() ? "/tmp" : tmp, "cloud-sdk-local-cloud");
    }

    /**
     * @param key a key of local-cloud.properties
     * @return its value
     */
    public static String get(String key) {
        String value = PROPERTIES.getProperty(key);
        if (value == null) {
            throw new IllegalStateException("local-cloud.properties has no '" + key + "'");
        }
        return value;
    }

    /**
     * @return a builder for keystone v3 on the local cloud, isolated from this machine's
     *     configuration file and environment variables, without credentials
     */
    public static CloudContextBuilder keystone() {
        return CloudContext.builder()
                .configuration(CloudConfiguration.of(null, Map.of()))
                .environmentVariables(Map.of())
                .identityType("keystone")
                .authEndpoint(get("auth.url"))
                .region(get("region"));
    }

    /** @return a builder for the demo user in the demo project */
    public static CloudContextBuilder demo() {
        return keystone().username(get("demo.username")).password(get("demo.password"))
                .tenantName(get("demo.project")).userDomainName(get("user.domain"))
                .projectDomainName(get("project.domain"));
    }

    /** @return a builder for the cloud's administrator in the admin project */
    public static CloudContextBuilder admin() {
        return keystone().username(get("admin.username")).password(get("admin.password"))
                .tenantName(get("admin.project")).userDomainName(get("user.domain"))
                .projectDomainName(get("project.domain"));
    }

    /** @return a builder for the second user in the second project */
    public static CloudContextBuilder alt() {
        return keystone().username(get("alt.username")).password(get("alt.password"))
                .tenantName(get("alt.project")).userDomainName(get("user.domain"))
                .projectDomainName(get("project.domain"));
    }
}
