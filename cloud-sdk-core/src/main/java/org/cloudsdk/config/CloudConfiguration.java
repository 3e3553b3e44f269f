package org.cloudsdk.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

import org.cloudsdk.errors.InvalidConfigurationException;
import org.jspecify.annotations.Nullable;

/**
 * The environments and settings of pyrax's module-level configuration functions
 * ({@code list_environments}, {@code get_environment}, {@code set_environment},
 * {@code get_setting}, {@code set_setting}) as an object instead of global state.
 *
 * <p>For each environment, values from the configuration file win over the {@code CLOUD_*}
 * environment variables, which win over the defaults. Values changed with {@code setSetting}
 * count as file values of their environment (the file itself is never written). Builder values
 * and clouds.yaml are layered by {@code CloudContext}, not here.
 *
 * <p>Thread-safe: every change replaces an immutable snapshot atomically, so readers always see
 * a consistent set of environments.
 */
public final class CloudConfiguration {

    /** Our extension: names the pyrax configuration file instead of {@code ~/.pyrax.cfg}. */
    public static final String CONFIG_FILE_VARIABLE = "CLOUD_CONFIG_FILE";
    /** The file name pyrax reads from the home directory. */
    public static final String DEFAULT_CONFIG_FILE_NAME = ".pyrax.cfg";
    /** The environment name used when there is no configuration file. */
    public static final String DEFAULT_ENVIRONMENT = "default";

    private record Snapshot(Map<String, CloudSettings> environments, String current) {
        Snapshot {
            environments = Collections.unmodifiableMap(new LinkedHashMap<>(environments));
        }
    }

    private final CloudSettings environmentVariables;
    private final AtomicReference<Snapshot> snapshot;

    private CloudConfiguration(CloudSettings environmentVariables, Snapshot snapshot) {
        this.environmentVariables = environmentVariables;
        this.snapshot = new AtomicReference<>(snapshot);
    }

    /**
     * Reads {@code ~/.pyrax.cfg} (or the file named by {@value #CONFIG_FILE_VARIABLE}) and this
     * process's environment variables. A missing {@code ~/.pyrax.cfg} is fine.
     *
     * @return the configuration
     * @throws InvalidConfigurationException when {@value #CONFIG_FILE_VARIABLE} names a missing
     *     file, the file is unreadable or an environment variable is invalid
     */
    public static CloudConfiguration load() {
        Map<String, String> env = System.getenv();
        return load(configFile(env, Path.of(System.getProperty("user.home"))), env);
    }

    /**
     * @param configFileOrNull the pyrax configuration file; null or a missing file means none
     * @param env environment variables
     * @return the configuration
     * @throws InvalidConfigurationException when the file is unreadable or an environment
     *     variable is invalid
     */
    public static CloudConfiguration load(@Nullable Path configFileOrNull, Map<String, String> env) {
        PyraxConfigFile file = configFileOrNull == null ? null : PyraxConfigFile.read(configFileOrNull).orElse(null);
        return of(file, env);
    }

    /**
     * @param fileOrNull a parsed configuration file, or null for none
     * @param env environment variables
     * @return the configuration, its current environment the file's default (or
     *     {@value #DEFAULT_ENVIRONMENT} without a file)
     * @throws InvalidConfigurationException when an environment variable is invalid
     */
    public static CloudConfiguration of(@Nullable PyraxConfigFile fileOrNull, Map<String, String> env) {
        CloudSettings fromEnv = EnvironmentVariables.read(env);
        Map<String, CloudSettings> environments = new LinkedHashMap<>();
        String current = DEFAULT_ENVIRONMENT;
        String fileDefault = fileOrNull == null ? null : fileOrNull.defaultEnvironment();
        if (fileOrNull != null && fileDefault != null) {
            for (String name : fileOrNull.environments()) {
                environments.put(name, fileOrNull.environment(name).orElseThrow());
            }
            current = fileDefault;
        } else {
            environments.put(DEFAULT_ENVIRONMENT, CloudSettings.empty());
        }
        return new CloudConfiguration(fromEnv, new Snapshot(environments, current));
    }

    /** Resolves {@value #CONFIG_FILE_VARIABLE} or the home directory's {@code .pyrax.cfg}. */
    static Path configFile(Map<String, String> env, Path home) {
        String named = env.get(CONFIG_FILE_VARIABLE);
        if (named == null || named.isBlank()) {
            return home.resolve(DEFAULT_CONFIG_FILE_NAME);
        }
        Path path = Path.of(named.strip());
        if (!Files.exists(path)) {
            throw new InvalidConfigurationException("The configuration file " + path + " named by "
                    + CONFIG_FILE_VARIABLE + " does not exist");
        }
        return path;
    }

    /** @return the environment names, in file order (then those created by {@code setSetting}) */
    public List<String> listEnvironments() {
        return List.copyOf(snapshot().environments().keySet());
    }

    /** @return the current environment */
    public String getEnvironment() {
        return snapshot().current();
    }

    /**
     * @param name the environment to make current
     * @throws IllegalArgumentException listing the known environments when it does not exist
     */
    public void setEnvironment(String name) {
        snapshot.updateAndGet(old -> {
            requireEnvironment(old, name, "name");
            return new Snapshot(old.environments(), name);
        });
    }

    /**
     * @param key a setting key such as {@code region} (see {@link Setting#fromKey})
     * @return its value in the current environment, with defaults applied; null when unset
     * @throws IllegalArgumentException listing the valid keys when the key is unknown
     */
    public @Nullable String getSetting(String key) {
        return getSetting(key, null);
    }

    /**
     * @param key a setting key such as {@code region}
     * @param env the environment, or null for the current one
     * @return the value, with defaults applied; null when unset
     * @throws IllegalArgumentException when the key or the environment is unknown
     */
    public @Nullable String getSetting(String key, @Nullable String env) {
        return getSetting(setting(key), env);
    }

    /**
     * @param setting the setting
     * @param env the environment, or null for the current one
     * @return the value, with defaults applied; null when unset
     * @throws IllegalArgumentException when the environment is unknown
     */
    public @Nullable String getSetting(Setting setting, @Nullable String env) {
        if (setting == null) {
            throw new IllegalArgumentException("setting: expected a setting but got null");
        }
        return settings(env).get(setting);
    }

    /**
     * Sets a value in the current environment.
     *
     * @param key a setting key such as {@code region}
     * @param value the value, or null to remove the explicit value
     * @throws IllegalArgumentException when the key is unknown or the value invalid
     */
    public void setSetting(String key, @Nullable String value) {
        setSetting(key, value, null);
    }

    /**
     * Sets a value in an environment, creating the environment when it does not exist.
     *
     * @param key a setting key such as {@code region}
     * @param value the value, or null to remove the explicit value
     * @param env the environment, or null for the current one
     * @throws IllegalArgumentException when the key is unknown or the value invalid
     */
    public void setSetting(String key, @Nullable String value, @Nullable String env) {
        Setting setting = setting(key);
        if (env != null && env.isBlank()) {
            throw new IllegalArgumentException("env: expected an environment name or null but got a blank string");
        }
        snapshot.updateAndGet(old -> {
            String target = env == null ? old.current() : env;
            Map<String, CloudSettings> environments = new LinkedHashMap<>(old.environments());
            CloudSettings current = environments.getOrDefault(target, CloudSettings.empty());
            environments.put(target, current.with(setting, value));
            return new Snapshot(environments, old.current());
        });
    }

    /** @return the effective settings of the current environment */
    public CloudSettings settings() {
        return settings(null);
    }

    /**
     * @param env the environment, or null for the current one
     * @return its effective settings: its file values over the environment variables
     * @throws IllegalArgumentException listing the known environments when it does not exist
     */
    public CloudSettings settings(@Nullable String env) {
        Snapshot current = snapshot();
        String name = env == null ? current.current() : env;
        return environmentVariables.overriddenBy(requireEnvironment(current, name, "env"));
    }

    /** The current snapshot: the reference is set when the configuration is made and never cleared. */
    private Snapshot snapshot() {
        return Objects.requireNonNull(snapshot.get());
    }

    private static Setting setting(String key) {
        return Setting.fromKey(key).orElseThrow(() -> new IllegalArgumentException("key: expected one of "
                + Setting.keys() + " but got " + (key == null ? "null" : "'" + key + "'")));
    }

    private static CloudSettings requireEnvironment(Snapshot snapshot, @Nullable String name, String parameter) {
        CloudSettings settings = name == null ? null : snapshot.environments().get(name);
        if (settings == null) {
            throw new IllegalArgumentException(parameter + ": expected one of the environments "
                    + snapshot.environments().keySet() + " but got " + (name == null ? "null" : "'" + name + "'"));
        }
        return settings;
    }

    @Override
    public String toString() {
        Snapshot current = snapshot();
        return "CloudConfiguration[environments=" + current.environments().keySet() + ", current="
                + current.current() + "]";
    }
}
