package org.cloudsdk.config;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The configuration settings, each with its configuration-file key and its environment variable.
 * The first eleven and the queue client id are pyrax's; the domain and interface settings are keystone v3 extensions of
 * this SDK; the TLS and proxy settings are this SDK's too.
 */
public enum Setting {

    /** {@code rackspace} or {@code keystone}: which identity service to authenticate with. */
    IDENTITY_TYPE("identity_type", "CLOUD_ID_TYPE", Kind.TEXT),
    /** The URI of the identity service; optional for the Rackspace public cloud. */
    AUTH_ENDPOINT("auth_endpoint", "CLOUD_AUTH_ENDPOINT", Kind.TEXT),
    /** The user whose password or API key is fetched from the operating-system keychain. */
    KEYRING_USERNAME("keyring_username", "CLOUD_KEYRING_USER", Kind.TEXT),
    /** The region to connect to, such as {@code DFW} or {@code RegionOne}. */
    REGION("region", "CLOUD_REGION", Kind.TEXT),
    /** The tenant (project) id to scope the token to. */
    TENANT_ID("tenant_id", "CLOUD_TENANT_ID", Kind.TEXT),
    /** The tenant (project) name to scope the token to. */
    TENANT_NAME("tenant_name", "CLOUD_TENANT_NAME", Kind.TEXT),
    /** The character set used for non-ASCII text; {@code utf-8} by default. */
    ENCODING("encoding", "CLOUD_ENCODING", Kind.CHARSET),
    /** Text put in front of the SDK's own {@code User-Agent}. */
    CUSTOM_USER_AGENT("custom_user_agent", "CLOUD_USER_AGENT", Kind.TEXT),
    /** Log every HTTP request and response (secrets redacted); pyrax once called it {@code http_debug}. */
    DEBUG("debug", "CLOUD_DEBUG", Kind.BOOLEAN, "http_debug"),
    /** Verify TLS certificates; true by default. */
    VERIFY_SSL("verify_ssl", "CLOUD_VERIFY_SSL", Kind.BOOLEAN),
    /** Reach Cloud Files over Rackspace ServiceNet (internal endpoints). */
    USE_SERVICENET("use_servicenet", "USE_SERVICENET", Kind.BOOLEAN),
    /** Keystone v3 extension: the name of the user's domain. */
    USER_DOMAIN_NAME("user_domain_name", "CLOUD_USER_DOMAIN_NAME", Kind.TEXT),
    /** Keystone v3 extension: the id of the user's domain. */
    USER_DOMAIN_ID("user_domain_id", "CLOUD_USER_DOMAIN_ID", Kind.TEXT),
    /** Keystone v3 extension: the name of the project's domain. */
    PROJECT_DOMAIN_NAME("project_domain_name", "CLOUD_PROJECT_DOMAIN_NAME", Kind.TEXT),
    /** Keystone v3 extension: the id of the project's domain. */
    PROJECT_DOMAIN_ID("project_domain_id", "CLOUD_PROJECT_DOMAIN_ID", Kind.TEXT),
    /** Keystone v3 extension: which endpoint interface to use, {@code public}, {@code internal} or {@code admin}. */
    INTERFACE("interface", "CLOUD_INTERFACE", Kind.INTERFACE),
    /** A PEM file of CA certificates added to the JVM's default trust; clouds.yaml calls it {@code cacert}. */
    CA_BUNDLE("ca_bundle", "CLOUD_CA_BUNDLE", Kind.TEXT, "cacert"),
    /** A PKCS#12 or JKS trust store whose certificates are added to the JVM's default trust. */
    TRUST_STORE("trust_store", "CLOUD_TRUST_STORE", Kind.TEXT),
    /** The password of {@link #TRUST_STORE}. */
    TRUST_STORE_PASSWORD("trust_store_password", "CLOUD_TRUST_STORE_PASSWORD", Kind.SECRET),
    /** The client certificate (PEM) for mutual TLS; clouds.yaml calls it {@code cert}. */
    CLIENT_CERT("client_cert", "CLOUD_CLIENT_CERT", Kind.TEXT),
    /** The client certificate's private key (unencrypted PKCS#8 PEM); clouds.yaml calls it {@code key}. */
    CLIENT_KEY("client_key", "CLOUD_CLIENT_KEY", Kind.TEXT),
    /** An HTTP proxy for every connection: {@code host:port} or {@code http://[user:password@]host:port}. */
    PROXY("proxy", "CLOUD_PROXY", Kind.SECRET),
    /** The user for the proxy's basic authentication (instead of one in {@link #PROXY}). */
    PROXY_USERNAME("proxy_username", "CLOUD_PROXY_USERNAME", Kind.TEXT),
    /** The password for the proxy's basic authentication. */
    PROXY_PASSWORD("proxy_password", "CLOUD_PROXY_PASSWORD", Kind.SECRET),
    /** Hosts reached without the proxy, comma-separated, as in {@code NO_PROXY}. */
    NO_PROXY("no_proxy", "CLOUD_NO_PROXY", Kind.TEXT),
    /** Use the standard {@code HTTPS_PROXY}/{@code HTTP_PROXY}/{@code NO_PROXY} variables; false by default. */
    USE_ENVIRONMENT_PROXY("use_environment_proxy", "CLOUD_USE_ENVIRONMENT_PROXY", Kind.BOOLEAN),
    /**
     * pyrax's Cloud Queues client id, a canonical UUID ({@code queue_client_id} in the
     * configuration file); checked by the queues client, which needs one for message calls.
     */
    QUEUE_CLIENT_ID("queue_client_id", "CLOUD_QUEUES_ID", Kind.TEXT);

    /** How a setting's text is interpreted; decides the validation applied to it. */
    enum Kind { TEXT, BOOLEAN, CHARSET, INTERFACE, SECRET }

    private static final Map<String, Setting> BY_KEY = new HashMap<>();

    static {
        for (Setting setting : values()) {
            BY_KEY.put(setting.key, setting);
            for (String alias : setting.aliases) {
                BY_KEY.put(alias, setting);
            }
        }
    }

    private final String key;
    private final String environmentVariable;
    private final Kind kind;
    private final List<String> aliases;

    Setting(String key, String environmentVariable, Kind kind, String... aliases) {
        this.key = key;
        this.environmentVariable = environmentVariable;
        this.kind = kind;
        this.aliases = List.of(aliases);
    }

    /** @return the key in a pyrax configuration file, such as {@code identity_type} */
    public String key() {
        return key;
    }

    /** @return the environment variable, such as {@code CLOUD_ID_TYPE} */
    public String environmentVariable() {
        return environmentVariable;
    }

    /** @return older keys still accepted for this setting (only {@code http_debug} for {@link #DEBUG}) */
    public List<String> aliases() {
        return aliases;
    }

    /** @return true when the value is a secret, never printed */
    public boolean isSecret() {
        return kind == Kind.SECRET;
    }

    /** @return true when the value is a yes/no flag */
    public boolean isBoolean() {
        return kind == Kind.BOOLEAN;
    }

    Kind kind() {
        return kind;
    }

    /**
     * Finds a setting by its configuration key, ignoring case and treating {@code -} like
     * {@code _}; the alias {@code http_debug} finds {@link #DEBUG}.
     *
     * @param key a key such as {@code identity_type}, {@code Identity-Type} or {@code http_debug}
     * @return the setting, or empty when the key is null or unknown
     */
    public static Optional<Setting> fromKey(@Nullable String key) {
        if (key == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(BY_KEY.get(key.trim().toLowerCase(Locale.ROOT).replace('-', '_')));
    }

    /** @return every valid key, in declaration order, for error messages */
    public static List<String> keys() {
        return Arrays.stream(values()).map(Setting::key).toList();
    }
}
