package org.cloudsdk.octavia;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The optional fields of a pool, for a create and for an update (which leaves unset fields as
 * they are): name, description, admin state, session persistence, tags (API 2.5), TLS to the
 * members, and (updates only: a create takes it as a parameter) the algorithm.
 *
 * <pre>{@code
 * PoolOptions options = PoolOptions.builder().name("web-pool")
 *         .sessionPersistence(SessionPersistence.httpCookie()).build();
 * }</pre>
 *
 * <p>Immutable; made by {@link #builder()}, copied by {@link #toBuilder()}.
 */
public final class PoolOptions extends OctaviaOptions {

    private static final PoolOptions DEFAULTS = builder().build();

    private final @Nullable SessionPersistence sessionPersistence;

    private PoolOptions(Builder b) {
        super(b);
        this.sessionPersistence = b.sessionPersistence;
    }

    /** @return no optional field */
    public static PoolOptions defaults() {
        return DEFAULTS;
    }

    /** @return an empty builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding these options */
    public Builder toBuilder() {
        Builder b = new Builder().from(this);
        b.sessionPersistence = sessionPersistence;
        return b;
    }

    /** @return the algorithm an update sets, if any */
    public Optional<LbAlgorithm> lbAlgorithm() {
        return Optional.ofNullable((LbAlgorithm) values.get("lb_algorithm"));
    }

    /** @return the session persistence to set, if any */
    public Optional<SessionPersistence> sessionPersistence() {
        return Optional.ofNullable(sessionPersistence);
    }

    /** @return whether an update removes the session persistence */
    public boolean clearsSessionPersistence() {
        return values.containsKey("session_persistence");
    }

    /** @return the other fields as Octavia names them, in the order set (null: cleared) */
    public Map<String, @Nullable Object> fields() {
        return values;
    }

    @Override
    RequestFields requestFields() {
        RequestFields fields = valueFields();
        if (sessionPersistence != null) {
            fields.put("session_persistence", sessionPersistence.toJson());
            if (sessionPersistence.needsVersion22()) {
                fields.need(OctaviaVersions.PERSISTENCE_TIMEOUT, "session persistence timeout and granularity");
            }
        }
        if (values.containsKey("tags")) {
            fields.need(OctaviaVersions.TAGS, "tags");
        }
        if (values.get("lb_algorithm") instanceof LbAlgorithm algorithm) {
            fields.need(algorithm.since(), "lb_algorithm " + algorithm);
        }
        return fields;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof PoolOptions that && values.equals(that.values)
                && Objects.equals(sessionPersistence, that.sessionPersistence);
    }

    @Override
    public int hashCode() {
        return Objects.hash(values, sessionPersistence);
    }

    @Override
    public String toString() {
        return "PoolOptions" + values + (sessionPersistence == null ? "" : "+" + sessionPersistence);
    }

    /** Builder of {@link PoolOptions}; each value is checked as it is set. */
    public static final class Builder extends OctaviaOptions.Builder<Builder> {

        private @Nullable SessionPersistence sessionPersistence;

        private Builder() {
        }

        /** @param value at most 255 characters @return this builder */
        public Builder name(String value) {
            values.put("name", OctaviaChecks.shortText(value, "name"));
            return this;
        }

        /** @param value at most 255 characters @return this builder */
        public Builder description(String value) {
            values.put("description", OctaviaChecks.shortText(value, "description"));
            return this;
        }

        /**
         * @param value the new algorithm (updates only; {@code SOURCE_IP_PORT} needs API 2.13)
         * @return this builder
         */
        public Builder lbAlgorithm(LbAlgorithm value) {
            Objects.requireNonNull(value, "lbAlgorithm must not be null");
            OctaviaEnums.wire(value);
            values.put("lb_algorithm", value);
            return this;
        }

        /** @param value how to keep a client on one member @return this builder */
        public Builder sessionPersistence(SessionPersistence value) {
            this.sessionPersistence = Objects.requireNonNull(value, "sessionPersistence must not be null");
            values.remove("session_persistence");
            return this;
        }

        /** Removes the session persistence (an update). @return this builder */
        public Builder noSessionPersistence() {
            this.sessionPersistence = null;
            values.put("session_persistence", null);
            return this;
        }

        /** @param value true to talk TLS to the members (API 2.8) @return this builder */
        public Builder tlsEnabled(boolean value) {
            values.put("tls_enabled", value);
            return this;
        }

        /** @return the options */
        public PoolOptions build() {
            return new PoolOptions(this);
        }

        @Override
        Builder self() {
            return this;
        }
    }
}
