package org.cloudsdk.http;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.web.util.DefaultUriBuilderFactory;

/**
 * Builds the URI template a request is sent with. Variables and query values are encoded
 * strictly (every reserved character, so {@code ? # % + /} in a name stay data), and the template
 * itself is what metrics see, so their tags stay bounded.
 */
final class UriTemplates {

    private static final DefaultUriBuilderFactory FACTORY = new DefaultUriBuilderFactory();

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
        URI toUri() {
            return FACTORY.expand(template, variables);
        }
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
