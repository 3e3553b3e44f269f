package org.cloudsdk.http;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * An HTTP proxy for every connection of a transport (HTTPS goes through it with {@code CONNECT}),
 * with optional basic credentials and hosts reached directly. Immutable; made by
 * {@link #builder(String, int)}, {@link #parse(String)} or {@link #fromEnvironment(Map)}.
 *
 * <p>{@code noProxy} entries follow the {@code NO_PROXY} convention of curl and Python's
 * requests: {@code *} bypasses the proxy for every host; {@code example.com} and
 * {@code .example.com} match that host and every host under it; an IP address or host name
 * matches itself (a {@code :port} suffix is ignored). Matching ignores case. CIDR ranges are not
 * supported and are refused.
 */
public final class ProxySettings {

    private final String host;
    private final int port;
    private final @Nullable String username;
    private final @Nullable String password;
    private final List<String> noProxy;

    private ProxySettings(Builder builder) {
        this.host = builder.host;
        this.port = builder.port;
        this.username = builder.username;
        this.password = builder.password;
        this.noProxy = builder.noProxy;
    }

    /**
     * @param host the proxy's host name or IP address
     * @param port its port, 1-65535
     * @return a builder
     */
    public static Builder builder(String host, int port) {
        return new Builder(host, port);
    }

    /**
     * Parses {@code host:port} or a URL such as {@code http://user:secret@proxy.example.com:3128}
     * (user and password percent-decoded; the port defaults to 80 for {@code http} URLs).
     *
     * @param setting the name of the setting the value came from, for error messages
     * @param value the text
     * @return a builder with the host, port and any credentials of the text
     * @throws IllegalArgumentException naming the setting when the text is no proxy address
     */
    public static Builder builderOf(String setting, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(setting + ": expected host:port or http://[user:password@]host:port "
                    + "but got " + (value == null ? "null" : "a blank string"));
        }
        String text = value.strip();
        URI uri;
        try {
            uri = new URI(text.contains("://") ? text : "http://" + text);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(setting + ": expected host:port or http://[user:password@]host:port but "
                    + "got '" + redactUserInfo(text) + "'");
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http")) {
            throw new IllegalArgumentException(setting + ": only http:// proxies are supported (HTTPS requests are "
                    + "tunnelled through them with CONNECT), but got '" + redactUserInfo(text) + "'");
        }
        if (uri.getHost() == null) {
            throw new IllegalArgumentException(setting + ": expected host:port or http://[user:password@]host:port but "
                    + "got '" + redactUserInfo(text) + "'");
        }
        Builder builder = new Builder(uri.getHost(), uri.getPort() == -1 ? 80 : uri.getPort());
        String userInfo = uri.getRawUserInfo();
        if (userInfo != null) {
            int colon = userInfo.indexOf(':');
            builder.credentials(decode(colon < 0 ? userInfo : userInfo.substring(0, colon)),
                    colon < 0 ? null : decode(userInfo.substring(colon + 1)));
        }
        return builder;
    }

    /**
     * Parses {@code host:port} or {@code http://[user:password@]host:port}.
     *
     * @param value the text
     * @return the proxy, without noProxy hosts
     * @throws IllegalArgumentException when the text is no proxy address
     */
    public static ProxySettings parse(String value) {
        return builderOf("proxy", value).build();
    }

    /**
     * The proxy given by the standard variables, as curl reads them: {@code HTTPS_PROXY} (or
     * {@code https_proxy}), else {@code HTTP_PROXY} (or {@code http_proxy}), and {@code NO_PROXY}
     * (or {@code no_proxy}). One proxy serves every request of a transport: when both are set,
     * the HTTPS one is used, since a cloud's endpoints share one scheme in practice.
     *
     * @param env environment variables
     * @return the proxy, or null when neither variable is set
     * @throws IllegalArgumentException naming the variable when its value is no proxy address
     */
    public static @Nullable ProxySettings fromEnvironment(Map<String, String> env) {
        Objects.requireNonNull(env, "env must not be null");
        for (String name : List.of("HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy")) {
            String value = env.get(name);
            if (value != null && !value.isBlank()) {
                String noProxy = env.get("NO_PROXY") != null ? env.get("NO_PROXY") : env.get("no_proxy");
                return builderOf(name, value).noProxy(splitList(noProxy)).build();
            }
        }
        return null;
    }

    /** @return the proxy's host */
    public String host() {
        return host;
    }

    /** @return the proxy's port */
    public int port() {
        return port;
    }

    /** @return the user for the proxy's basic authentication, or null */
    public @Nullable String username() {
        return username;
    }

    /** @return the password for the proxy's basic authentication, or null */
    public @Nullable String password() {
        return password;
    }

    /** @return the hosts reached directly, as given */
    public List<String> noProxy() {
        return noProxy;
    }

    /**
     * @param targetHost a host name or IP address; null never bypasses
     * @return true when requests to it bypass the proxy
     */
    public boolean bypasses(@Nullable String targetHost) {
        if (targetHost == null) {
            return false;
        }
        String target = stripBrackets(targetHost.toLowerCase(Locale.ROOT));
        for (String entry : noProxy) {
            if (entry.equals("*")) {
                return true;
            }
            String domain = entry.startsWith("*.") ? entry.substring(1) : entry;
            String bare = domain.startsWith(".") ? domain.substring(1) : domain;
            if (target.equals(bare) || target.endsWith("." + bare)) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param text a comma- (or space-) separated list, or null
     * @return its non-blank entries
     */
    public static List<String> splitList(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<String> entries = new ArrayList<>();
        for (String part : text.split("[,\\s]+")) {
            if (!part.isBlank()) {
                entries.add(part.strip());
            }
        }
        return List.copyOf(entries);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ProxySettings that && host.equals(that.host) && port == that.port
                && Objects.equals(username, that.username) && Objects.equals(password, that.password)
                && noProxy.equals(that.noProxy);
    }

    @Override
    public int hashCode() {
        return Objects.hash(host, port, username, noProxy);
    }

    @Override
    public String toString() {
        return "ProxySettings[" + host + ":" + port + (username == null ? "" : ", username=" + username)
                + (password == null ? "" : ", password=******") + (noProxy.isEmpty() ? "" : ", noProxy=" + noProxy)
                + "]";
    }

    private static String decode(String text) {
        return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static String redactUserInfo(String text) {
        return text.replaceAll("//[^/@]*@", "//******@");
    }

    private static String stripBrackets(String host) {
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

    /** Builds {@link ProxySettings}; not thread-safe. */
    public static final class Builder {
        private final String host;
        private final int port;
        private @Nullable String username;
        private @Nullable String password;
        private List<String> noProxy = List.of();

        private Builder(String host, int port) {
            if (host == null || host.isBlank()) {
                throw new IllegalArgumentException("proxy host: expected a host name or IP address but got "
                        + (host == null ? "null" : "a blank string"));
            }
            if (port < 1 || port > 65535) {
                throw new IllegalArgumentException("proxy port: expected 1-65535 but got " + port);
            }
            this.host = host.strip();
            this.port = port;
        }

        /**
         * @param user the user for the proxy's basic authentication, or null for none
         * @param secret its password, or null for none
         * @return this builder
         */
        public Builder credentials(@Nullable String user, @Nullable String secret) {
            this.username = user == null || user.isEmpty() ? null : user;
            this.password = this.username == null ? null : secret;
            return this;
        }

        /**
         * @param hosts hosts reached directly (see the class comment), or null for none
         * @return this builder
         * @throws IllegalArgumentException naming an entry that is a CIDR range or has a scheme
         */
        public Builder noProxy(@Nullable List<String> hosts) {
            List<String> entries = new ArrayList<>();
            if (hosts != null) {
                for (String raw : hosts) {
                    if (raw == null || raw.isBlank()) {
                        continue;
                    }
                    String entry = raw.strip().toLowerCase(Locale.ROOT);
                    if (entry.contains("/")) {
                        throw new IllegalArgumentException("noProxy: expected host names, domains or IP addresses "
                                + "(CIDR ranges and URLs are not supported) but got '" + raw.strip() + "'");
                    }
                    int colon = entry.lastIndexOf(':');
                    // a :port suffix (but not the colons of a bare IPv6 address)
                    if (colon > 0 && entry.indexOf(':') == colon) {
                        entry = entry.substring(0, colon);
                    }
                    entries.add(stripBrackets(entry));
                }
            }
            this.noProxy = List.copyOf(entries);
            return this;
        }

        /** @return the proxy settings */
        public ProxySettings build() {
            return new ProxySettings(this);
        }
    }
}
