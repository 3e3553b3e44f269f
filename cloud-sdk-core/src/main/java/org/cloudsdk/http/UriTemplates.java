package org.cloudsdk.http;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the URI template a request is sent with and expands it. Variables and query values are
 * encoded strictly (every byte but the unreserved characters of RFC 3986, so {@code ? # % + /} in a
 * name stay data); the template's own text only where a character may not appear in a URI at all.
 * These are the rules of Spring's {@code DefaultUriBuilderFactory} in its default
 * {@code TEMPLATE_AND_VALUES} mode, which this class used before; the expansion is written out here
 * because, run on every call, Spring's general-purpose one (parse the template into components,
 * encode each, reassemble, parse the result again) was the largest piece of the SDK's own
 * per-call CPU and of the JIT's work under load. The template itself is what metrics see, so
 * their tags stay bounded.
 */
final class UriTemplates {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();
    /** gen-delims and sub-delims of RFC 3986: legal in a template's text, data when in a value */
    private static final String RESERVED = ":/?#[]@!$&'()*+,;=";

    private UriTemplates() {
    }

    /** @return the names of a template's {@code {variables}}, in order */
    static List<String> variableNames(String template) {
        List<String> names = new ArrayList<>();
        int i = 0;
        while ((i = template.indexOf('{', i)) >= 0) {
            int end = template.indexOf('}', i);
            if (end < 0) {
                throw new IllegalArgumentException("unclosed '{' in path template '" + template + "'");
            }
            names.add(template.substring(i + 1, end));
            i = end + 1;
        }
        return names;
    }

    /** A request's full template (base + path + query) and the values of its variables. */
    record Expanded(String template, Map<String, Object> variables) {

        /** @return the URI: the template with each variable's value, strictly encoded, in its place */
        URI toUri() {
            StringBuilder uri = new StringBuilder(template.length() + 32);
            int from = 0;
            int open;
            while ((open = template.indexOf('{', from)) >= 0) {
                int close = template.indexOf('}', open);
                appendText(uri, template, from, open);
                String name = template.substring(open + 1, close);
                if (!variables.containsKey(name)) {
                    throw new IllegalArgumentException("no value for URI variable '" + name + "' of " + template);
                }
                Object value = variables.get(name);
                appendValue(uri, value == null ? "" : value.toString());
                from = close + 1;
            }
            appendText(uri, template, from, template.length());
            return URI.create(uri.toString());
        }
    }

    private static void appendText(StringBuilder uri, String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (isUnreserved(c) || c == '%' || RESERVED.indexOf(c) >= 0) {
                uri.append(c);
            } else {
                int end = Character.isHighSurrogate(c) && i + 1 < to ? i + 2 : i + 1;
                appendEscaped(uri, text.substring(i, end));
                i = end - 1;
            }
        }
    }

    private static void appendValue(StringBuilder uri, String value) {
        int plain = 0;
        while (plain < value.length() && isUnreserved(value.charAt(plain))) {
            plain++;
        }
        if (plain == value.length()) {
            uri.append(value);
            return;
        }
        uri.append(value, 0, plain);
        appendEscaped(uri, value.substring(plain));
    }

    /** Appends the UTF-8 bytes of {@code text}, every one but an unreserved character escaped. */
    private static void appendEscaped(StringBuilder uri, String text) {
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            if (b >= 0 && isUnreserved((char) b)) {
                uri.append((char) b);
            } else {
                uri.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
            }
        }
    }

    private static boolean isUnreserved(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '-' || c == '.' || c == '_' || c == '~';
    }

    static Expanded of(ApiRequest request) {
        Map<String, Object> variables = new LinkedHashMap<>(request.pathVariables());
        StringBuilder template = new StringBuilder(escapeBraces(request.baseUrl())).append(request.pathTemplate());
        char separator = '?';
        int n = 0;
        for (Map.Entry<String, List<String>> parameter : request.query().entrySet()) {
            if (parameter.getValue().isEmpty()) {
                template.append(separator).append(parameter.getKey());
                separator = '&';
                continue;
            }
            for (String value : parameter.getValue()) {
                String name = "_q" + n++;
                template.append(separator).append(parameter.getKey()).append("={").append(name).append('}');
                variables.put(name, value);
                separator = '&';
            }
        }
        return new Expanded(template.toString(), variables);
    }

    private static String escapeBraces(String base) {
        if (base.indexOf('{') >= 0 || base.indexOf('}') >= 0) {
            throw new IllegalArgumentException("endpoint URL must not contain '{' or '}': " + base);
        }
        return base;
    }
}
