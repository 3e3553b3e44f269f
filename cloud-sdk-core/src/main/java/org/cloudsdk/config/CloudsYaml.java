package org.cloudsdk.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.cloudsdk.errors.InvalidConfigurationException;
import org.cloudsdk.identity.Credentials;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * OpenStack's {@code clouds.yaml}, which pyrax never read. The file is searched in this order,
 * the first found wins: the file named by {@code OS_CLIENT_CONFIG_FILE}, {@code ./clouds.yaml},
 * {@code ~/.config/openstack/clouds.yaml}, {@code /etc/openstack/clouds.yaml} ({@code .yml}
 * accepted too). A {@code secure.yaml} (or the file named by {@code OS_SECURE_FILE}) from the
 * same directories is merged over it, its values winning, so secrets can live apart.
 *
 * <p>TLS: {@code cacert} (a CA bundle added to the JVM's trust), {@code cert} and {@code key} (a
 * client certificate and its unencrypted PKCS#8 key) and {@code verify} ({@code false} turns
 * verification off; a path, as Python's requests takes it, is a CA bundle when {@code cacert} is
 * not set).
 *
 * <p>Supported authentication: {@code password} (the default), {@code token}/{@code v3token} and
 * {@code v3applicationcredential}. The identity type of an entry is always {@code keystone}.
 */
public final class CloudsYaml {

    /** Names the cloud to use when none is given in code. */
    public static final String OS_CLOUD = "OS_CLOUD";
    /** Names the clouds.yaml file, bypassing the search. */
    public static final String OS_CLIENT_CONFIG_FILE = "OS_CLIENT_CONFIG_FILE";
    /** Names the secure.yaml file, bypassing the search. */
    public static final String OS_SECURE_FILE = "OS_SECURE_FILE";

    private static final Logger LOG = LoggerFactory.getLogger(CloudsYaml.class);
    private static final Path SYSTEM_DIRECTORY = Path.of("/etc/openstack");
    private static final Set<String> APPLICATION_CREDENTIAL_TYPES = Set.of("v3applicationcredential",
            "applicationcredential");
    private static final Set<String> TOKEN_TYPES = Set.of("token", "v3token");

    /**
     * One cloud of the file, after the secure.yaml merge.
     *
     * @param name the cloud's name
     * @param settings the settings it gives (identity type always {@code keystone})
     * @param credentials its credentials, or null when it has none
     * @param raw the entry as read, unmodifiable, for keys this SDK does not map; holds secrets,
     *     so it is left out of {@link #toString()}
     */
    public record Entry(String name, CloudSettings settings, @Nullable Credentials credentials,
            Map<String, @Nullable Object> raw) {
        /** Validates and freezes the entry. */
        public Entry {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("name: expected the cloud's name but got "
                        + (name == null ? "null" : "a blank string"));
            }
            if (settings == null) {
                throw new IllegalArgumentException("settings: expected settings but got null");
            }
            raw = raw == null ? Map.of() : freezeMap(raw);
        }

        @Override
        public String toString() {
            return "Entry[name=" + name + ", settings=" + settings + ", credentials=" + credentials + "]";
        }
    }

    private CloudsYaml() {
    }

    /**
     * Finds a cloud using this process's environment, home and working directory.
     *
     * @param cloudName the cloud, or null to use {@code OS_CLOUD}
     * @return the entry, or empty when no cloud is named
     * @throws InvalidConfigurationException when a cloud is named but no clouds.yaml exists, the
     *     file is invalid, or the cloud is not in it
     */
    public static Optional<Entry> find(@Nullable String cloudName) {
        return find(cloudName, System.getenv(), Path.of(System.getProperty("user.home")),
                Path.of(System.getProperty("user.dir")));
    }

    /**
     * Finds a cloud using the given environment and directories.
     *
     * @param cloudName the cloud, or null to use {@code OS_CLOUD} from {@code env}
     * @param env environment variables
     * @param home the user's home directory
     * @param cwd the working directory
     * @return the entry, or empty when no cloud is named
     * @throws InvalidConfigurationException when a cloud is named but no clouds.yaml exists, the
     *     file is invalid, or the cloud is not in it
     */
    public static Optional<Entry> find(@Nullable String cloudName, Map<String, String> env, Path home, Path cwd) {
        return find(cloudName, env, home, cwd, SYSTEM_DIRECTORY);
    }

    static Optional<Entry> find(@Nullable String cloudName, Map<String, String> env, Path home, Path cwd,
            Path systemDir) {
        if (env == null) {
            throw new IllegalArgumentException("env: expected a map of environment variables but got null");
        }
        String name = cloudName != null && !cloudName.isBlank() ? cloudName.strip() : blankToNull(env.get(OS_CLOUD));
        if (name == null) {
            return Optional.empty();
        }
        List<Path> directories = searchDirectories(home, cwd, systemDir);
        Path cloudsFile = locate(env.get(OS_CLIENT_CONFIG_FILE), OS_CLIENT_CONFIG_FILE, directories, "clouds");
        if (cloudsFile == null) {
            throw new InvalidConfigurationException("The cloud '" + name + "' was requested but no clouds.yaml was "
                    + "found (searched " + directories + "; " + OS_CLIENT_CONFIG_FILE + " is not set)");
        }
        Map<String, @Nullable Object> merged = load(cloudsFile);
        Path secureFile = locate(env.get(OS_SECURE_FILE), OS_SECURE_FILE, directories, "secure");
        if (secureFile != null) {
            merged = deepMerge(merged, load(secureFile));
        }
        LOG.debug("Reading cloud '{}' from {}{}", name, cloudsFile, secureFile == null ? "" : " and " + secureFile);
        Object clouds = merged.get("clouds");
        if (!(clouds instanceof Map<?, ?> cloudMap)) {
            throw new InvalidConfigurationException("The file " + cloudsFile + " has no 'clouds' map, so the cloud '"
                    + name + "' cannot be read from it");
        }
        Object cloud = cloudMap.get(name);
        if (!(cloud instanceof Map<?, ?> entry)) {
            List<String> known = cloudMap.keySet().stream().map(String::valueOf).toList();
            throw new InvalidConfigurationException(cloud == null
                    ? "The cloud '" + name + "' is not in " + cloudsFile + "; it has " + known
                    : "The cloud '" + name + "' in " + cloudsFile + " is not a map of settings");
        }
        return Optional.of(toEntry(name, freezeMap(entry), cloudsFile));
    }

    static Entry toEntry(String name, Map<String, @Nullable Object> cloud, Path source) {
        Map<String, @Nullable Object> auth = cloud.get("auth") instanceof Map<?, ?> map ? freezeMap(map) : Map.of();
        Map<Setting, String> values = new LinkedHashMap<>();
        values.put(Setting.IDENTITY_TYPE, "keystone");
        put(values, Setting.AUTH_ENDPOINT, text(auth, "auth_url"));
        put(values, Setting.REGION, text(cloud, "region_name"));
        put(values, Setting.TENANT_ID, text(auth, "project_id"));
        put(values, Setting.TENANT_NAME, firstText(auth, "project_name", "tenant_name"));
        put(values, Setting.USER_DOMAIN_NAME, firstText(auth, "user_domain_name", "domain_name"));
        put(values, Setting.USER_DOMAIN_ID, firstText(auth, "user_domain_id", "domain_id"));
        put(values, Setting.PROJECT_DOMAIN_NAME, firstText(auth, "project_domain_name", "domain_name"));
        put(values, Setting.PROJECT_DOMAIN_ID, firstText(auth, "project_domain_id", "domain_id"));
        put(values, Setting.INTERFACE, text(cloud, "interface"));
        put(values, Setting.CA_BUNDLE, path(text(cloud, "cacert")));
        put(values, Setting.CLIENT_CERT, path(text(cloud, "cert")));
        put(values, Setting.CLIENT_KEY, path(text(cloud, "key")));
        Object verify = cloud.get("verify");
        if (verify instanceof Boolean flag) {
            values.put(Setting.VERIFY_SSL, flag.toString());
        } else if (verify instanceof String text && !text.isBlank()) {
            // as in Python's requests, which openstacksdk hands it to: a path is the CA bundle to verify with
            String flag = text.strip().toLowerCase(Locale.ROOT);
            if (flag.equals("true") || flag.equals("false")) {
                values.put(Setting.VERIFY_SSL, flag);
            } else if (!values.containsKey(Setting.CA_BUNDLE)) {
                values.put(Setting.CA_BUNDLE, path(text));
            }
        } else if (verify != null) {
            throw new InvalidConfigurationException("The cloud '" + name + "' in " + source + " is invalid: verify: "
                    + "expected true, false or the path of a CA bundle but got '" + verify + "'");
        }
        CloudSettings settings;
        try {
            settings = CloudSettings.of(values);
        } catch (IllegalArgumentException e) {
            throw new InvalidConfigurationException("The cloud '" + name + "' in " + source + " is invalid: "
                    + e.getMessage());
        }
        return new Entry(name, settings, credentials(name, cloud, auth, source), cloud);
    }

    private static @Nullable Credentials credentials(String name, Map<String, @Nullable Object> cloud,
            Map<String, @Nullable Object> auth, Path source) {
        String authType = text(cloud, "auth_type");
        String type = authType == null ? "" : authType.toLowerCase(Locale.ROOT).replace('-', '_');
        String username = text(auth, "username");
        try {
            if (APPLICATION_CREDENTIAL_TYPES.contains(type) || text(auth, "application_credential_id") != null
                    || text(auth, "application_credential_name") != null) {
                return new Credentials.ApplicationCredential(text(auth, "application_credential_id"),
                        text(auth, "application_credential_name"), username,
                        required(text(auth, "application_credential_secret"), "secret"));
            }
            if (TOKEN_TYPES.contains(type) || text(auth, "token") != null) {
                return new Credentials.Token(required(text(auth, "token"), "token"));
            }
        } catch (IllegalArgumentException e) {
            // the messages of Credentials name the missing part and never contain a secret
            throw new InvalidConfigurationException("The cloud '" + name + "' in " + source
                    + " has incomplete credentials for auth_type " + (authType == null ? "(not set)" : authType)
                    + ": " + e.getMessage());
        }
        String password = text(auth, "password");
        if (username != null && password != null) {
            return new Credentials.Password(username, password);
        }
        if (!type.isEmpty() && !type.equals("password") && !type.equals("v3password")) {
            LOG.warn("{}: cloud '{}': auth_type '{}' is not supported; give credentials in code instead", source,
                    name, authType);
        }
        return null;
    }

    private static List<Path> searchDirectories(Path home, Path cwd, Path systemDir) {
        List<Path> directories = new ArrayList<>();
        if (cwd != null) {
            directories.add(cwd);
        }
        if (home != null) {
            directories.add(home.resolve(".config").resolve("openstack"));
        }
        if (systemDir != null) {
            directories.add(systemDir);
        }
        return directories;
    }

    private static @Nullable Path locate(@Nullable String explicit, String variable, List<Path> directories,
            String baseName) {
        if (explicit != null && !explicit.isBlank()) {
            Path path = Path.of(explicit.strip());
            if (!Files.isRegularFile(path)) {
                throw new InvalidConfigurationException("The file " + path + " named by " + variable
                        + " does not exist");
            }
            return path;
        }
        for (Path directory : directories) {
            for (String extension : List.of(".yaml", ".yml")) {
                Path candidate = directory.resolve(baseName + extension);
                if (Files.isRegularFile(candidate)) {
                    return candidate;
                }
            }
        }
        return null;
    }

    private static Map<String, @Nullable Object> load(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InvalidConfigurationException("The file " + file + " cannot be read ("
                    + e.getClass().getSimpleName() + ")");
        }
        Object document;
        try {
            document = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
        } catch (MarkedYAMLException e) {
            // the full message quotes the offending line, which may be a password in secure.yaml
            Mark mark = e.getProblemMark();
            throw new InvalidConfigurationException("The file " + file + " is not valid YAML: " + e.getProblem()
                    + (mark == null ? "" : " at line " + (mark.getLine() + 1) + ", column " + (mark.getColumn() + 1)));
        } catch (YAMLException e) {
            throw new InvalidConfigurationException("The file " + file + " is not valid YAML");
        }
        if (document == null) {
            return Map.of();
        }
        if (!(document instanceof Map<?, ?> map)) {
            throw new InvalidConfigurationException("The file " + file + " must hold a YAML map at the top level");
        }
        return freezeMap(map);
    }

    static Map<String, @Nullable Object> deepMerge(Map<String, @Nullable Object> base,
            Map<String, @Nullable Object> over) {
        Map<String, @Nullable Object> merged = new LinkedHashMap<>(base);
        over.forEach((key, value) -> {
            Object existing = merged.get(key);
            if (existing instanceof Map<?, ?> lower && value instanceof Map<?, ?> higher) {
                merged.put(key, deepMerge(freezeMap(lower), freezeMap(higher)));
            } else {
                merged.put(key, value);
            }
        });
        return Collections.unmodifiableMap(merged);
    }

    private static Map<String, @Nullable Object> freezeMap(Map<?, ?> map) {
        Map<String, @Nullable Object> copy = new LinkedHashMap<>();
        map.forEach((key, value) -> copy.put(String.valueOf(key), freeze(value)));
        return Collections.unmodifiableMap(copy);
    }

    private static @Nullable Object freeze(@Nullable Object value) {
        if (value instanceof Map<?, ?> map) {
            return freezeMap(map);
        }
        if (value instanceof List<?> list) {
            List<@Nullable Object> copy = new ArrayList<>(list.size());
            list.forEach(item -> copy.add(freeze(item)));
            return Collections.unmodifiableList(copy);
        }
        return value;
    }

    private static void put(Map<Setting, String> values, Setting setting, @Nullable String value) {
        if (value != null) {
            values.put(setting, value);
        }
    }

    /** A file named in the file, as OpenStack's tools take it, with {@code ~/} the home directory. */
    private static @Nullable String path(@Nullable String value) {
        if (value == null) {
            return null;
        }
        String text = value.strip();
        return text.startsWith("~/") ? Path.of(System.getProperty("user.home")).resolve(text.substring(2)).toString()
                : text;
    }

    private static @Nullable String firstText(Map<String, @Nullable Object> map, String key, String fallbackKey) {
        String value = text(map, key);
        return value != null ? value : text(map, fallbackKey);
    }

    /** @return a scalar value as text, or null when absent, blank or not a scalar */
    private static @Nullable String text(Map<String, @Nullable Object> map, String key) {
        Object value = map.get(key);
        if (value == null || value instanceof Map || value instanceof List) {
            return null;
        }
        return blankToNull(String.valueOf(value));
    }

    /** A part of the credentials that is missing: reported in the words of {@link Credentials}' own checks. */
    private static String required(@Nullable String value, String parameter) {
        if (value == null) {
            throw new IllegalArgumentException(parameter + ": expected a non-blank value but got null");
        }
        return value;
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
