package org.cloudsdk.octavia;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The optional fields of a listener, for a create and for an update (which leaves unset fields as
 * they are): name, description, admin state, connection limit (pyrax's connection throttling),
 * default pool, inserted headers, timeouts (API 2.1), allowed CIDRs (API 2.12, pyrax's access
 * list), tags (API 2.5) and the certificates of a {@code TERMINATED_HTTPS} listener (pyrax's SSL
 * termination).
 *
 * <pre>{@code
 * ListenerOptions options = ListenerOptions.builder().name("http").connectionLimit(1000)
 *         .allowedCidrs(List.of("192.0.2.0/24")).insertHeaders(Map.of("X-Forwarded-For", "true"))
 *         .timeoutClientData(Duration.ofSeconds(30)).build();
 * }</pre>
 *
 * <p>Immutable; made by {@link #builder()}, copied by {@link #toBuilder()}.
 */
public final class ListenerOptions extends OctaviaOptions {

    private static final ListenerOptions DEFAULTS = builder().build();

    private ListenerOptions(Builder b) {
        super(b);
    }

    /** @return no optional field: Octavia's defaults (no limit, no default pool, all clients allowed) */
    public static ListenerOptions defaults() {
        return DEFAULTS;
    }

    /** @return an empty builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding these options */
    public Builder toBuilder() {
        return new Builder().from(this);
    }

    /** @return the name, if set */
    public Optional<String> name() {
        return get("name", String.class);
    }

    /** @return the connection limit, if set (-1: none) */
    public Optional<Integer> connectionLimit() {
        return get("connection_limit", Integer.class);
    }

    /** @return the default pool, if set; empty also when it is cleared ({@link #clearsDefaultPool()}) */
    public Optional<String> defaultPoolId() {
        return get("default_pool_id", String.class);
    }

    /** @return whether an update removes the default pool */
    public boolean clearsDefaultPool() {
        return values.containsKey("default_pool_id") && values.get("default_pool_id") == null;
    }

    /** @return the allowed CIDRs, if set */
    @SuppressWarnings("unchecked")
    public Optional<List<String>> allowedCidrs() {
        return Optional.ofNullable((List<String>) values.get("allowed_cidrs"));
    }

    private <T> Optional<T> get(String field, Class<T> type) {
        return Optional.ofNullable(values.get(field)).map(type::cast);
    }

    @Override
    RequestFields requestFields() {
        RequestFields fields = valueFields();
        if (values.containsKey("allowed_cidrs")) {
            fields.need(OctaviaVersions.ALLOWED_CIDRS, "allowed_cidrs");
        }
        if (values.containsKey("tags")) {
            fields.need(OctaviaVersions.TAGS, "tags");
        }
        values.keySet().stream().filter(name -> name.startsWith("timeout_"))
                .forEach(name -> fields.need(OctaviaVersions.TIMEOUTS, name));
        return fields;
    }

    /** Builder of {@link ListenerOptions}; each value is checked as it is set. */
    public static final class Builder extends OctaviaOptions.Builder<Builder> {

        private Builder() {
        }

        /** @param value at most 255 characters @return this builder */
        public Builder name(String value) {
            return set("name", OctaviaChecks.shortText(value, "name"));
        }

        /** @param value at most 255 characters @return this builder */
        public Builder description(String value) {
            return set("description", OctaviaChecks.shortText(value, "description"));
        }

        /**
         * @param value the most connections at once, 1 or more, or -1 for no limit
         * @return this builder
         * @throws IllegalArgumentException when 0 or below -1
         */
        public Builder connectionLimit(int value) {
            if (value == 0 || value < OctaviaChecks.MIN_CONNECTION_LIMIT) {
                throw new IllegalArgumentException("connectionLimit must be -1 (no limit) or 1 or more, was " + value);
            }
            return set("connection_limit", value);
        }

        /** @param value the pool to send traffic to when no L7 policy matches @return this builder */
        public Builder defaultPoolId(String value) {
            return set("default_pool_id", OctaviaChecks.uuid(value, "defaultPoolId"));
        }

        /** Removes the default pool (an update). @return this builder */
        public Builder noDefaultPool() {
            values.put("default_pool_id", null);
            return this;
        }

        /**
         * @param value headers to add to requests, such as {@code X-Forwarded-For: true} (HTTP and
         *     TERMINATED_HTTPS listeners); values at most 255 characters
         * @return this builder
         */
        public Builder insertHeaders(Map<String, String> value) {
            return set("insert_headers", OctaviaChecks.headers(value, "insertHeaders"));
        }

        /** @param value client inactivity timeout, 0 to 24 days in milliseconds (API 2.1) @return this builder */
        public Builder timeoutClientData(Duration value) {
            return timeout("timeout_client_data", "timeoutClientData", value);
        }

        /** @param value member connection timeout (API 2.1) @return this builder */
        public Builder timeoutMemberConnect(Duration value) {
            return timeout("timeout_member_connect", "timeoutMemberConnect", value);
        }

        /** @param value member inactivity timeout (API 2.1) @return this builder */
        public Builder timeoutMemberData(Duration value) {
            return timeout("timeout_member_data", "timeoutMemberData", value);
        }

        /** @param value time to wait for content to inspect (API 2.1) @return this builder */
        public Builder timeoutTcpInspect(Duration value) {
            return timeout("timeout_tcp_inspect", "timeoutTcpInspect", value);
        }

        /**
         * @param value the CIDRs allowed to connect (API 2.12), of the VIP's IP version (Octavia
         *     refuses others); an empty list allows all
         * @return this builder
         */
        public Builder allowedCidrs(Collection<String> value) {
            Objects.requireNonNull(value, "allowedCidrs must not be null");
            value.forEach(cidr -> OctaviaChecks.cidr(cidr, "allowedCidrs"));
            return set("allowed_cidrs", List.copyOf(value));
        }

        /**
         * @param value the key manager URI of the certificate bundle a {@code TERMINATED_HTTPS}
         *     listener serves (at most 255 characters)
         * @return this builder
         */
        public Builder defaultTlsContainerRef(String value) {
            String ref = OctaviaChecks.text(value, "defaultTlsContainerRef");
            return set("default_tls_container_ref", OctaviaChecks.shortText(ref, "defaultTlsContainerRef"));
        }

        /** @param value further certificate bundles, served by SNI @return this builder */
        public Builder sniContainerRefs(Collection<String> value) {
            Objects.requireNonNull(value, "sniContainerRefs must not be null");
            value.forEach(ref -> OctaviaChecks.shortText(OctaviaChecks.text(ref, "sniContainerRefs"),
                    "sniContainerRefs"));
            return set("sni_container_refs", List.copyOf(value));
        }

        private Builder timeout(String field, String parameter, Duration value) {
            Objects.requireNonNull(value, parameter + " must not be null");
            return set(field, OctaviaChecks.timeoutMillis(value.toMillis(), parameter));
        }

        private Builder set(String field, Object value) {
            values.put(field, value);
            return this;
        }

        /** @return the options */
        public ListenerOptions build() {
            return new ListenerOptions(this);
        }

        @Override
        Builder self() {
            return this;
        }
    }
}
