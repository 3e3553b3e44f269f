package org.cloudsdk.http;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpMethod;

/**
 * One API call, described before it is sent: the service and operation (for errors, logs and
 * metrics), the method, an endpoint and a path template with its variables (so that metrics tag
 * the template, never the expanded URL), query parameters, headers and body.
 *
 * <p>Instances are immutable; build them with {@link #builder(String, String, HttpMethod)}.
 */
public final class ApiRequest {

    private final String service;
    private final @Nullable String region;
    private final String operation;
    private final HttpMethod method;
    private final String baseUrl;
    private final String pathTemplate;
    private final Map<String, Object> pathVariables;
    private final Map<String, List<String>> query;
    private final Map<String, List<String>> headers;
    private final RequestBody body;
    private final boolean idempotent;
    private final boolean authenticated;
    private final boolean debug;
    private final Workload workload;

    private ApiRequest(Builder b, String baseUrl, boolean debug) {
        this.service = b.service;
        this.region = b.region;
        this.operation = b.operation;
        this.method = b.method;
        this.baseUrl = baseUrl;
        this.pathTemplate = b.pathTemplate;
        this.pathVariables = Collections.unmodifiableMap(new LinkedHashMap<>(b.pathVariables));
        this.query = copy(b.query);
        this.headers = copy(b.headers);
        this.body = b.body;
        this.idempotent = b.idempotent != null ? b.idempotent : defaultIdempotent(b.method);
        this.authenticated = b.authenticated;
        this.debug = debug;
        this.workload = b.workload;
    }

    /**
     * @param service the service name (tags, errors)
     * @param operation the SDK operation (tags, errors)
     * @param method the HTTP method
     * @return a builder
     */
    public static Builder builder(String service, String operation, HttpMethod method) {
        return new Builder(service, operation, method);
    }

    /** @return a builder holding this request's values */
    public Builder toBuilder() {
        Builder b = new Builder(service, operation, method);
        b.region = region;
        b.baseUrl = baseUrl;
        b.pathTemplate = pathTemplate;
        b.pathVariables.putAll(pathVariables);
        query.forEach((k, v) -> b.query.put(k, new ArrayList<>(v)));
        headers.forEach((k, v) -> b.headers.put(k, new ArrayList<>(v)));
        b.body = body;
        b.idempotent = idempotent;
        b.authenticated = authenticated;
        b.debug = debug;
        b.workload = workload;
        return b;
    }

    private static boolean defaultIdempotent(HttpMethod method) {
        return !HttpMethod.POST.equals(method) && !HttpMethod.PATCH.equals(method);
    }

    private static Map<String, List<String>> copy(Map<String, List<String>> source) {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        source.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        return Collections.unmodifiableMap(copy);
    }

    /** @return the service name */
    public String service() {
        return service;
    }

    /** @return the region, or null */
    public @Nullable String region() {
        return region;
    }

    /** @return the operation name */
    public String operation() {
        return operation;
    }

    /** @return the HTTP method */
    public HttpMethod method() {
        return method;
    }

    /** @return the endpoint the path is relative to (no trailing slash) */
    public String baseUrl() {
        return baseUrl;
    }

    /** @return the path template, relative to the base URL; may be empty */
    public String pathTemplate() {
        return pathTemplate;
    }

    /** @return the path template's variables */
    public Map<String, Object> pathVariables() {
        return pathVariables;
    }

    /** @return the query parameters, in order */
    public Map<String, List<String>> query() {
        return query;
    }

    /** @return the headers, in order */
    public Map<String, List<String>> headers() {
        return headers;
    }

    /** @return the body */
    public RequestBody body() {
        return body;
    }

    /** @return whether sending this request twice is harmless */
    public boolean idempotent() {
        return idempotent;
    }

    /** @return whether the session's token is sent with it */
    public boolean authenticated() {
        return authenticated;
    }

    /** @return whether this request is logged even when the transport's debug log is off */
    public boolean debug() {
        return debug;
    }

    /** @return the kind of work this request serves, which chooses its retry policy */
    public Workload workload() {
        return workload;
    }

    @Override
    public String toString() {
        return method + " " + service + "." + operation + " " + pathTemplate;
    }

    /** Builds an {@link ApiRequest}. */
    public static final class Builder {
        private final String service;
        private final String operation;
        private final HttpMethod method;
        private @Nullable String region;
        private @Nullable String baseUrl;
        private String pathTemplate = "";
        private final Map<String, Object> pathVariables = new LinkedHashMap<>();
        private final Map<String, List<String>> query = new LinkedHashMap<>();
        private final Map<String, List<String>> headers = new LinkedHashMap<>();
        private RequestBody body = RequestBody.EMPTY;
        private @Nullable Boolean idempotent;
        private boolean authenticated = true;
        private boolean debug;
        private Workload workload = Workload.INTERACTIVE;

        private Builder(String service, String operation, HttpMethod method) {
            this.service = Objects.requireNonNull(service, "service must not be null");
            this.operation = Objects.requireNonNull(operation, "operation must not be null");
            this.method = Objects.requireNonNull(method, "method must not be null");
        }

        /** @param value the region (a metric tag), or null for none @return this builder */
        public Builder region(@Nullable String value) {
            this.region = value;
            return this;
        }

        /**
         * @param value the absolute URL the path is relative to; a trailing slash is dropped
         * @return this builder
         */
        public Builder baseUrl(String value) {
            Objects.requireNonNull(value, "baseUrl must not be null");
            this.baseUrl = value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
            return this;
        }

        /**
         * @param template a path such as {@code /{container}/{object}}, variables encoded when expanded;
         *     null for the base URL itself
         * @param variables the values of the template's variables, in order of appearance
         * @return this builder
         */
        public Builder path(@Nullable String template, Object... variables) {
            this.pathTemplate = template == null ? "" : template;
            this.pathVariables.clear();
            List<String> names = UriTemplates.variableNames(this.pathTemplate);
            if (names.size() != variables.length) {
                throw new IllegalArgumentException("path template '" + template + "' has " + names.size()
                        + " variables but " + variables.length + " values were given");
            }
            for (int i = 0; i < variables.length; i++) {
                pathVariables.put(names.get(i), Objects.requireNonNull(variables[i], names.get(i) + " must not be null"));
            }
            return this;
        }

        /** @param name a query parameter @param value its value (null: the parameter is skipped) @return this builder */
        public Builder query(String name, @Nullable Object value) {
            if (value != null) {
                query.computeIfAbsent(name, k -> new ArrayList<>()).add(String.valueOf(value));
            }
            return this;
        }

        /** @param name a query parameter sent without value (as in {@code ?bulk-delete}) @return this builder */
        public Builder queryFlag(String name) {
            query.computeIfAbsent(name, k -> new ArrayList<>());
            return this;
        }

        /** @param name a header @param value its value (null: the header is skipped) @return this builder */
        public Builder header(String name, @Nullable Object value) {
            if (value != null) {
                headers.computeIfAbsent(name, k -> new ArrayList<>()).add(String.valueOf(value));
            }
            return this;
        }

        /**
         * @param name a header
         * @param value its only value from now on, replacing any set before (null: the header is removed)
         * @return this builder
         */
        public Builder setHeader(String name, @Nullable Object value) {
            headers.remove(name);
            return header(name, value);
        }

        /** @param value the body @return this builder */
        public Builder body(RequestBody value) {
            this.body = Objects.requireNonNull(value, "body must not be null");
            return this;
        }

        /** @param json a JSON document @return this builder */
        public Builder jsonBody(String json) {
            return body(RequestBody.json(json));
        }

        /**
         * @param value true when sending the request twice is harmless (default: all methods but
         *     POST and PATCH)
         * @return this builder
         */
        public Builder idempotent(boolean value) {
            this.idempotent = value;
            return this;
        }

        /** @param value false to send no token (identity calls, temp URLs) @return this builder */
        public Builder authenticated(boolean value) {
            this.authenticated = value;
            return this;
        }

        /** @param value true to log this request even when the debug log is off @return this builder */
        public Builder debug(boolean value) {
            this.debug = value;
            return this;
        }

        /**
         * @param value the kind of work the request serves (default {@link Workload#INTERACTIVE}),
         *     which chooses the retry policy the transport applies to it
         * @return this builder
         */
        public Builder workload(Workload value) {
            this.workload = Objects.requireNonNull(value, "workload must not be null");
            return this;
        }

        /** @return the request */
        public ApiRequest build() {
            if (baseUrl == null) {
                throw new IllegalArgumentException("baseUrl must be set for " + service + "." + operation);
            }
            return new ApiRequest(this, baseUrl, debug);
        }

        /**
         * Builds the request against an endpoint without changing this builder, so that one
         * builder can be sent through several clients.
         *
         * @param endpoint the base URL
         * @param forceDebug true to log the request whatever this builder says
         * @return the request
         */
        public ApiRequest buildFor(String endpoint, boolean forceDebug) {
            Objects.requireNonNull(endpoint, "endpoint must not be null");
            String base = endpoint.endsWith("/") ? endpoint.substring(0, endpoint.length() - 1) : endpoint;
            return new ApiRequest(this, base, debug || forceDebug);
        }
    }
}
