package org.cloudsdk.designate;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * What {@link Designate#updateRecordSet(String, String, RecordSetUpdateOptions)} changes: the
 * records (which replace all of them), the TTL (or back to the zone's) and the description; what
 * is not set is kept. The records are checked against the record set's type, which the caller
 * names because Designate's update does not take it.
 *
 * <p>Immutable; made by {@link #builder()}, copied by {@link #toBuilder()}.
 */
public final class RecordSetUpdateOptions {

    private final @Nullable List<String> records;
    private final @Nullable Integer ttl;
    private final boolean zoneTtl;
    private final @Nullable String description;

    private RecordSetUpdateOptions(Builder b) {
        this.records = b.records;
        this.ttl = b.ttl;
        this.zoneTtl = b.zoneTtl;
        this.description = b.description;
    }

    /** @return an empty builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding these options */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.records = records;
        b.ttl = ttl;
        b.zoneTtl = zoneTtl;
        b.description = description;
        return b;
    }

    /** @return the records replacing the record set's, if changed */
    public Optional<List<String>> records() {
        return Optional.ofNullable(records);
    }

    /** @return the new TTL, if changed */
    public Optional<Integer> ttl() {
        return Optional.ofNullable(ttl);
    }

    /** @return true when the record set goes back to the zone's TTL */
    public boolean zoneTtl() {
        return zoneTtl;
    }

    /** @return the new description, if changed */
    public Optional<String> description() {
        return Optional.ofNullable(description);
    }

    /** @return true when nothing is changed */
    public boolean isEmpty() {
        return records == null && ttl == null && !zoneTtl && description == null;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof RecordSetUpdateOptions o && Objects.equals(records, o.records)
                && Objects.equals(ttl, o.ttl) && zoneTtl == o.zoneTtl && Objects.equals(description, o.description);
    }

    @Override
    public int hashCode() {
        return Objects.hash(records, ttl, zoneTtl, description);
    }

    @Override
    public String toString() {
        return "RecordSetUpdateOptions[records=" + records + ", ttl=" + (zoneTtl ? "zone's" : ttl) + ", description="
                + description + "]";
    }

    /** Builder of {@link RecordSetUpdateOptions}. */
    public static final class Builder {

        private @Nullable List<String> records;
        private @Nullable Integer ttl;
        private boolean zoneTtl;
        private @Nullable String description;

        private Builder() {
        }

        /**
         * @param type the record set's type, against which the records are checked
         * @param value the records replacing all of the record set's
         * @return this builder
         * @throws IllegalArgumentException when a record is not data of that type
         */
        public Builder records(RecordType type, List<String> value) {
            this.records = RecordData.check(type, value, "records");
            return this;
        }

        /**
         * @param value the new TTL in seconds, 0 to 2147483647
         * @return this builder
         */
        public Builder ttl(long value) {
            this.ttl = DnsNames.ttl(value, "ttl");
            this.zoneTtl = false;
            return this;
        }

        /** @return this builder, the record set going back to the zone's TTL ({@code "ttl": null}) */
        public Builder zoneTtl() {
            this.ttl = null;
            this.zoneTtl = true;
            return this;
        }

        /**
         * @param value the new description, at most 160 characters
         * @return this builder
         */
        public Builder description(String value) {
            this.description = DnsNames.description(value, "description");
            return this;
        }

        /** @return the options */
        public RecordSetUpdateOptions build() {
            return new RecordSetUpdateOptions(this);
        }
    }
}
