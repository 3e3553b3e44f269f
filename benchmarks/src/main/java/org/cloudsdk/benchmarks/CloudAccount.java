package org.cloudsdk.benchmarks;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * The demo account of the local cloud started by {@code scripts/local-cloud.sh}, read from the
 * {@code local-cloud.properties} the script writes into its state directory.
 *
 * @param authUrl the keystone v3 endpoint, such as {@code http://127.0.0.1:5000/v3}
 * @param region the region of the catalog
 * @param userDomain the user's domain name
 * @param projectDomain the project's domain name
 * @param username the user
 * @param password the user's password
 * @param project the project (tenant) name
 * @param storageUrl the public object-store endpoint of the project
 * @param stateDirectory the script's state directory (openrc, rclone.conf)
 */
public record CloudAccount(String authUrl, String region, String userDomain, String projectDomain, String username,
        String password, String project, String storageUrl, Path stateDirectory) {

    /**
     * @return the demo account
     * @throws IllegalStateException when the local cloud is not running
     */
    public static CloudAccount load() {
        Path directory = locateStateDirectory();
        Path file = directory.resolve("local-cloud.properties");
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
        return new CloudAccount(required(properties, "auth.url"), required(properties, "region"),
                required(properties, "user.domain"), required(properties, "project.domain"),
                required(properties, "demo.username"), required(properties, "demo.password"),
                required(properties, "demo.project"), required(properties, "swift.public.url"), directory);
    }

    /** Where scripts/local-cloud.sh keeps its state: the same rule as the script's. */
    private static Path locateStateDirectory() {
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

    private static String required(Properties properties, String key) {
        String value = properties.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("local-cloud.properties has no '" + key + "'");
        }
        return value;
    }

    /** @return the openrc file of the demo user, for the {@code swift} CLI */
    public Path openrc() {
        return stateDirectory.resolve("openrc-demo");
    }

    /** @return the rclone configuration with the remotes {@code local} and {@code local-internal} */
    public Path rcloneConfig() {
        return stateDirectory.resolve("rclone.conf");
    }

    @Override
    public String toString() {
        return "CloudAccount[" + username + "@" + project + " on " + authUrl + "]";
    }
}
