package org.cloudsdk.octavia;

import java.util.Optional;

import org.cloudsdk.http.Microversion;

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
public final class MemberOptions extends OctaviaOptions {

    private static final MemberOptions DEFAULTS = builder().build();
    private static final Microversion BACKUP = Microversion.parse("2.1");

    private MemberOptions(Builder b) {
        super(b);
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
        return new Builder().from(this);
    }

    /** @return the weight, if set */
    public Optional<Integer> weight() {
        return Optional.ofNullable((Integer) values.get("weight"));
    }

    /** @return the subnet, if set */
    public Optional<String> subnetId() {
        return Optional.ofNullable((String) values.get("subnet_id"));
    }

    @Override
    RequestFields requestFields() {
        RequestFields fields = super.requestFields();
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

    /** Builder of {@link MemberOptions}; each value is checked as it is set. */
    public static final class Builder extends OctaviaOptions.Builder<Builder> {

        private Builder() {
        }

        /** @param value at most 255 characters @return this builder */
        public Builder name(String value) {
            values.put("name", OctaviaChecks.shortText(value, "name"));
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

        /** @return the options */
        public MemberOptions build() {
            return new MemberOptions(this);
        }

        @Override
        Builder self() {
            return this;
        }
    }
}
