package org.cloudsdk.octavia;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.cloudsdk.http.Microversion;
import org.jspecify.annotations.Nullable;

/**
 * The optional fields of a pool member, for a create and for an update (which leaves unset fields
 * as they are): name, admin state, weight 0 to 256, backup (API 2.1), monitor address and port,
 * tags (API 2.5), and (creates only) the subnet it is reached on.
 *
 * <pre>{@code
 * MemberOptions options = MemberOptions.builder().subnetId(subnetId).weight(10).build();
 * }</pre>
 *
 * <p>Immutable; made by {@link #builder()}, copied by {@link #toBuilder()}.
 */
public final class MemberOptions {

    private static final MemberOptions DEFAULTS = builder().build();
    private static final Microversion BACKUP = Microversion.parse("2.1");

    private final Map<String, Object> values;

    private MemberOptions(Builder b) {
        this.values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(b.values));
    }

    /** @return no optional field: weight 1, up, no backup */
    public static MemberOptions defaults() {
        return DEFAULTS;
    }

    /** @return an empty builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding these options */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.values.putAll(values);
        return b;
    }

    /** @return the weight, if set */
    public Optional<Integer> weight() {
        return Optional.ofNullable((Integer) values.get("weight"));
    }

    /** @return the subnet, if set */
    public Optional<String> subnetId() {
        return Optional.ofNullable((String) values.get("subnet_id"));
    }

    /** @return the fields as Octavia names them, in the order set */
    public Map<String, Object> fields() {
        return values;
    }

    RequestFields requestFields() {
        RequestFields fields = new RequestFields();
        values.forEach(fields::put);
        if (values.containsKey("tags")) {
            fields.need(OctaviaVersions.TAGS, "tags");
        }
        if (values.containsKey("backup")) {
            fields.need(BACKUP, "backup");
        }
        return fields;
    }

    RequestFields updateFields() {
        if (values.containsKey("subnet_id")) {
            throw new IllegalArgumentException("subnetId is fixed when a member is created and cannot be updated");
        }
        return requestFields();
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof MemberOptions that && values.equals(that.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return "MemberOptions" + values;
    }

    /** Builder of {@link MemberOptions}; each value is checked as it is set. */
    public static final class Builder {

        private final Map<String, Object> values = new LinkedHashMap<>();

        private Builder() {
        }

        /** @param value at most 255 characters @return this builder */
        public Builder name(String value) {
            values.put("name", OctaviaChecks.shortText(value, "name"));
            return this;
        }

        /** @param value false to take it out of service administratively @return this builder */
        public Builder adminStateUp(boolean value) {
            values.put("admin_state_up", value);
            return this;
        }

        /**
         * @param value its share of connections, 0 to 256 (0: no new connections, existing ones
         *     are served: pyrax's DRAINING)
         * @return this builder
         * @throws IllegalArgumentException when out of range
         */
        public Builder weight(int value) {
            values.put("weight", OctaviaChecks.range(value, OctaviaChecks.MIN_WEIGHT, OctaviaChecks.MAX_WEIGHT,
                    "weight"));
            return this;
        }

        /** @param value true to serve only when every other member is down (API 2.1) @return this builder */
        public Builder backup(boolean value) {
            values.put("backup", value);
            return this;
        }

        /** @param value the subnet it is reached on (creates only) @return this builder */
        public Builder subnetId(String value) {
            values.put("subnet_id", OctaviaChecks.uuid(value, "subnetId"));
            return this;
        }

        /** @param value the IP address its health monitor probes instead @return this builder */
        public Builder monitorAddress(String value) {
            values.put("monitor_address", OctaviaChecks.address(value, "monitorAddress"));
            return this;
        }

        /** @param value the port its health monitor probes instead, 1 to 65535 @return this builder */
        public Builder monitorPort(int value) {
            values.put("monitor_port", OctaviaChecks.port(value, "monitorPort"));
            return this;
        }

        /** @param values tags of 1 to 255 characters (API 2.5) @return this builder */
        public Builder tags(Collection<String> values) {
            this.values.put("tags", OctaviaChecks.tags(values, "tags"));
            return this;
        }

        /** @return the options */
        public MemberOptions build() {
            return new MemberOptions(this);
        }
    }
}
