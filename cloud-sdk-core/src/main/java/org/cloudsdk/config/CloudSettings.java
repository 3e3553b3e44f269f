package org.cloudsdk.config;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * An immutable set of explicitly configured {@link Setting} values, with pyrax's defaults applied
 * on read. Values are validated when they are set, so the typed getters never fail: a flag must
 * be one of true/false/yes/no/on/off/1/0, the encoding a charset this JVM knows, the interface
 * {@code public}, {@code internal} or {@code admin}.
 *
 * <p>A blank value counts as explicitly set: it hides the values of lower layers (as an empty
 * entry in pyrax's configuration file does) and its getter returns the default. Thread-safe.
 */
public final class CloudSettings {

    /** The region pyrax falls back to for the Rackspace public cloud. */
    public static final String RACKSPACE_DEFAULT_REGION = "DFW";

    private static final CloudSettings EMPTY = new CloudSettings(new EnumMap<>(Setting.class));

    private final Map<Setting, String> values;

    private CloudSettings(EnumMap<Setting, String> values) {
        this.values = Collections.unmodifiableMap(values);
    }

    /** @return settings with nothing set: every getter returns its default */
    public static CloudSettings empty() {
        return EMPTY;
    }

    /**
     * @param values explicitly set values; null values are skipped
     * @return validated settings holding a copy of the values
     * @throws IllegalArgumentException naming the setting when a value is invalid
     */
    public static CloudSettings of(Map<Setting, ? extends @Nullable String> values) {
        if (values == null) {
            throw new IllegalArgumentException("values: expected a map of settings but got null");
        }
        EnumMap<Setting, String> copy = new EnumMap<>(Setting.class);
        values.forEach((setting, value) -> {
            if (setting == null) {
                throw new IllegalArgumentException("values: expected only non-null settings as keys");
            }
            if (value != null) {
                copy.put(setting, normalize(setting, value));
            }
        });
        return copy.isEmpty() ? EMPTY : new CloudSettings(copy);
    }

    /**
     * @param setting the setting to read
     * @return the explicit value, or the default when unset or blank; null when neither exists
     */
    public @Nullable String get(Setting setting) {
        requireSetting(setting);
        String value = values.get(setting);
        return value == null || value.isEmpty() ? defaultValue(setting) : value;
    }

    /**
     * @param setting the setting to read
     * @return the value set explicitly (possibly blank), without defaults
     */
    public Optional<String> explicit(Setting setting) {
        requireSetting(setting);
        return Optional.ofNullable(values.get(setting));
    }

    /** @return the explicitly set values, unmodifiable */
    public Map<Setting, String> explicitValues() {
        return values;
    }

    /** @return true when no value is set explicitly */
    public boolean isEmpty() {
        return values.isEmpty();
    }

    /**
     * @param setting the setting to change
     * @param value the new value, or null to remove the explicit value
     * @return a copy with the change applied
     * @throws IllegalArgumentException naming the setting when the value is invalid
     */
    public CloudSettings with(Setting setting, @Nullable String value) {
        requireSetting(setting);
        EnumMap<Setting, String> copy = copyOfValues();
        if (value == null) {
            copy.remove(setting);
        } else {
            copy.put(setting, normalize(setting, value));
        }
        return copy.isEmpty() ? EMPTY : new CloudSettings(copy);
    }

    /**
     * Layers settings: this is the lower layer, {@code higher} the one whose explicit values win.
     *
     * @param higher the settings that take precedence
     * @return the combined settings
     */
    public CloudSettings overriddenBy(CloudSettings higher) {
        if (higher == null) {
            throw new IllegalArgumentException("higher: expected settings but got null");
        }
        if (higher.isEmpty()) {
            return this;
        }
        if (isEmpty()) {
            return higher;
        }
        EnumMap<Setting, String> copy = copyOfValues();
        copy.putAll(higher.values);
        return new CloudSettings(copy);
    }

    /** @return {@code identity_type}, or null */
    public @Nullable String identityType() {
        return get(Setting.IDENTITY_TYPE);
    }

    /** @return {@code auth_endpoint}, or null */
    public @Nullable String authEndpoint() {
        return get(Setting.AUTH_ENDPOINT);
    }

    /** @return {@code keyring_username}, or null */
    public @Nullable String keyringUsername() {
        return get(Setting.KEYRING_USERNAME);
    }

    /** @return {@code region}; {@value #RACKSPACE_DEFAULT_REGION} for rackspace identity when unset, else null */
    public @Nullable String region() {
        return get(Setting.REGION);
    }

    /** @return {@code tenant_id}, or null */
    public @Nullable String tenantId() {
        return get(Setting.TENANT_ID);
    }

    /** @return {@code tenant_name}, or null */
    public @Nullable String tenantName() {
        return get(Setting.TENANT_NAME);
    }

    /** @return the {@code encoding} charset, UTF-8 by default */
    public Charset encoding() {
        return toCharset(Setting.ENCODING, defaulted(Setting.ENCODING));
    }

    /** @return {@code custom_user_agent}, or null */
    public @Nullable String customUserAgent() {
        return get(Setting.CUSTOM_USER_AGENT);
    }

    /** @return {@code debug}, false by default */
    public boolean debug() {
        return toBoolean(Setting.DEBUG, defaulted(Setting.DEBUG));
    }

    /** @return {@code verify_ssl}, true by default */
    public boolean verifySsl() {
        return toBoolean(Setting.VERIFY_SSL, defaulted(Setting.VERIFY_SSL));
    }

    /** @return {@code use_servicenet}, false by default */
    public boolean useServicenet() {
        return toBoolean(Setting.USE_SERVICENET, defaulted(Setting.USE_SERVICENET));
    }

    /** @return {@code user_domain_name}, or null */
    public @Nullable String userDomainName() {
        return get(Setting.USER_DOMAIN_NAME);
    }

    /** @return {@code user_domain_id}, or null */
    public @Nullable String userDomainId() {
        return get(Setting.USER_DOMAIN_ID);
    }

    /** @return {@code project_domain_name}, or null */
    public @Nullable String projectDomainName() {
        return get(Setting.PROJECT_DOMAIN_NAME);
    }

    /** @return {@code project_domain_id}, or null */
    public @Nullable String projectDomainId() {
        return get(Setting.PROJECT_DOMAIN_ID);
    }

    /** @return {@code use_environment_proxy}, false by default */
    public boolean useEnvironmentProxy() {
        return toBoolean(Setting.USE_ENVIRONMENT_PROXY, defaulted(Setting.USE_ENVIRONMENT_PROXY));
    }

    /** @return the Cloud Queues client id ({@code queue_client_id}, {@code CLOUD_QUEUES_ID}), if set */
    public @Nullable String queueClientId() {
        return get(Setting.QUEUE_CLIENT_ID);
    }

    /** @return {@code interface}: {@code public} (the default), {@code internal} or {@code admin} */
    public String interfaceName() {
        return defaulted(Setting.INTERFACE);
    }

    /**
     * Checks a value and brings it to its canonical text: flags become {@code true}/{@code false},
     * interfaces lower case without a {@code URL} suffix; blank stays blank.
     */
    static String normalize(Setting setting, String value) {
        String text = value.strip();
        if (text.isEmpty()) {
            return text;
        }
        switch (setting.kind()) {
            case BOOLEAN:
                return Boolean.toString(toBoolean(setting, text));
            case CHARSET:
                toCharset(setting, text);
                return text;
            case INTERFACE:
                return toInterface(setting, text);
            default:
                return text;
        }
    }

    /**
     * Parses a flag the way pyrax users write them.
     *
     * @throws IllegalArgumentException naming the setting when the text is no flag
     */
    static boolean toBoolean(Setting setting, String text) {
        switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "true": case "yes": case "on": case "1":
                return true;
            case "false": case "no": case "off": case "0":
                return false;
            default:
                throw new IllegalArgumentException(setting.key() + ": expected true, false, yes, no, on, off, 1 or 0 but got '"
                        + text + "'");
        }
    }

    private static Charset toCharset(Setting setting, String text) {
        try {
            return Charset.forName(text);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new IllegalArgumentException(setting.key() + ": expected a character set supported by this JVM, such as "
                    + "utf-8, but got '" + text + "'", e);
        }
    }

    private static String toInterface(Setting setting, String text) {
        String name = text.toLowerCase(Locale.ROOT);
        // keystone v2 catalogs and older OpenStack tools spell them publicURL, internalURL, adminURL
        if (name.endsWith("url")) {
            name = name.substring(0, name.length() - 3);
        }
        if (!name.equals("public") && !name.equals("internal") && !name.equals("admin")) {
            throw new IllegalArgumentException(setting.key() + ": expected public, internal or admin but got '" + text + "'");
        }
        return name;
    }

    /** The value of a setting that has a default, which {@link #get} never answers with null. */
    private String defaulted(Setting setting) {
        return Objects.requireNonNull(get(setting), setting::key);
    }

    private @Nullable String defaultValue(Setting setting) {
        switch (setting) {
            case ENCODING:
                return StandardCharsets.UTF_8.name().toLowerCase(Locale.ROOT);
            case DEBUG:
            case USE_SERVICENET:
            case USE_ENVIRONMENT_PROXY:
                return "false";
            case VERIFY_SSL:
                return "true";
            case INTERFACE:
                return "public";
            case REGION:
                String identityType = values.get(Setting.IDENTITY_TYPE);
                return "rackspace".equalsIgnoreCase(identityType) ? RACKSPACE_DEFAULT_REGION : null;
            default:
                return null;
        }
    }

    private EnumMap<Setting, String> copyOfValues() {
        return values.isEmpty() ? new EnumMap<>(Setting.class) : new EnumMap<>(values);
    }

    private static void requireSetting(Setting setting) {
        if (setting == null) {
            throw new IllegalArgumentException("setting: expected a setting but got null");
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CloudSettings that && values.equals(that.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("CloudSettings{");
        values.forEach((setting, value) -> {
            if (text.length() > "CloudSettings{".length()) {
                text.append(", ");
            }
            text.append(setting.key()).append('=').append(setting.isSecret() && !value.isEmpty() ? "******" : value);
        });
        return text.append('}').toString();
    }
}
