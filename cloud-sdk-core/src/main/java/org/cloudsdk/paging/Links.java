package org.cloudsdk.paging;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.cloudsdk.errors.CloudException;
import org.cloudsdk.errors.ErrorDetails;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/** Reading the links and markers of a listing's JSON. */
final class Links {

    private Links() {
    }

    /**
     * @param node a JSON value, possibly missing
     * @return its text when it is a string or a number (ids may be either), null otherwise or when blank
     */
    static @Nullable String scalar(@Nullable JsonNode node) {
        if (node == null || !(node.isString() || node.isNumber())) {
            return null;
        }
        String text = node.asString();
        return text.isBlank() ? null : text;
    }

    /**
     * @param links a JSON array of {@code {"rel": ..., "href": ...}} objects, possibly missing
     * @param rel the relation wanted
     * @return the href of the first entry with that relation, or null
     */
    static @Nullable String href(@Nullable JsonNode links, String rel) {
        if (links == null || !links.isArray()) {
            return null;
        }
        for (JsonNode link : links) {
            if (rel.equals(scalar(link.path("rel")))) {
                return scalar(link.path("href"));
            }
        }
        return null;
    }

    /**
     * @param href an absolute or relative URL
     * @param details the listing, for the error
     * @return its query parameters, decoded, in order
     * @throws CloudException when the href is not a URL
     */
    static List<Map.Entry<String, String>> query(String href, ErrorDetails details) {
        String raw = uri(href, details).getRawQuery();
        List<Map.Entry<String, String>> parameters = new ArrayList<>();
        if (raw == null || raw.isEmpty()) {
            return parameters;
        }
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            parameters.add(Map.entry(decode(name), decode(value)));
        }
        return parameters;
    }

    /**
     * @param href an absolute or relative URL
     * @param details the listing, for the error
     * @return its path, decoded, without a trailing slash
     */
    static String path(String href, ErrorDetails details) {
        String path = uri(href, details).getPath();
        if (path == null) {
            return "";
        }
        return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    private static URI uri(String href, ErrorDetails details) {
        try {
            return new URI(href);
        } catch (URISyntaxException e) {
            throw new CloudException(details.service() + "." + details.operation() + ": the next link '" + href
                    + "' of the listing is not a URL: " + e.getMessage(), details, e);
        }
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
