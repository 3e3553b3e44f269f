package org.cloudsdk.http;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.cloudsdk.errors.CloudException;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Hides secrets in what the debug log prints: token, key and cookie headers, temp-URL
 * signatures in query strings, and passwords, API keys, secrets and token ids in JSON bodies. A
 * body that is not JSON is scanned for {@code key=value} secrets as well.
 */
public final class Redactor {

    /** What every hidden value is replaced with. */
    public static final String MASK = "****";

    private static final Set<String> SECRET_HEADERS = Set.of("x-auth-token", "x-subject-token", "x-auth-key",
            "x-storage-token", "x-service-token", "authorization", "proxy-authorization", "cookie", "set-cookie",
            "x-account-meta-temp-url-key", "x-account-meta-temp-url-key-2", "x-container-meta-temp-url-key",
            "x-container-meta-temp-url-key-2", "x-auth-new-token");

    private static final Set<String> SECRET_FIELDS = Set.of("password", "apikey", "api_key", "secret",
            "application_credential_secret", "temp_url_key", "key", "passcode", "totp", "adminpass", "admin_pass",
            "private_key");

    private static final Pattern QUERY_SECRETS = Pattern.compile(
            "(?i)([?&](?:temp_url_sig|signature|token|password|api_key|apikey|secret)=)[^&#]*");

    private static final Pattern TEXT_SECRETS = Pattern.compile(
            "(?i)((?:password|adminpass|api_?key|secret|token|temp[-_]url[-_]key(?:-2)?)\\s*[=:]\\s*\"?)[^\\s\"&,;]+");

    private Redactor() {
    }

    /**
     * @param name a header name, any case
     * @return whether its value is a secret
     */
    public static boolean isSecretHeader(String name) {
        return SECRET_HEADERS.contains(name.toLowerCase(Locale.ROOT));
    }

    /**
     * @param name a header name
     * @param value its value
     * @return the value, or {@link #MASK} when the header holds a secret
     */
    public static String header(String name, String value) {
        return isSecretHeader(name) ? MASK : value;
    }

    /**
     * @param url a URL
     * @return the URL with secret query values masked
     */
    public static String url(String url) {
        return QUERY_SECRETS.matcher(url).replaceAll("$1" + MASK);
    }

    /**
     * @param body a body's bytes, or null
     * @param contentType its content type, or null
     * @return a printable form with every secret masked (empty for no body)
     */
    public static String body(byte @Nullable [] body, @Nullable String contentType) {
        if (body == null || body.length == 0) {
            return "";
        }
        String text = new String(body, StandardCharsets.UTF_8);
        String trimmed = text.trim();
        if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
            try {
                JsonNode tree = Json.parse(trimmed);
                return Json.write(maskJson(tree, false));
            } catch (CloudException notJson) {
                // not JSON after all: scan it as text
            }
        }
        return TEXT_SECRETS.matcher(text).replaceAll("$1" + MASK);
    }

    private static JsonNode maskJson(JsonNode node, boolean insideToken) {
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            java.util.List<String> masked = new java.util.ArrayList<>();
            for (Map.Entry<String, JsonNode> field : object.properties()) {
                String name = field.getKey().toLowerCase(Locale.ROOT);
                JsonNode value = field.getValue();
                boolean secret = SECRET_FIELDS.contains(name) || name.endsWith(":apikey")
                        || (insideToken && name.equals("id")) || (name.equals("token") && value.isString());
                if (secret && value.isValueNode()) {
                    masked.add(field.getKey());
                } else {
                    maskJson(value, name.equals("token"));
                }
            }
            masked.forEach(name -> object.put(name, MASK));
        } else if (node.isArray()) {
            node.forEach(child -> maskJson(child, insideToken));
        }
        return node;
    }
}
