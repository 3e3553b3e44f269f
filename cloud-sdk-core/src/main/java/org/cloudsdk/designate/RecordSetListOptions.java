package org.cloudsdk.designate;

import java.util.Objects;

/**
 * Filters and paging of the record set listings ({@link Designate#listRecordSets(String, RecordSetListOptions)}
 * in a zone, {@link Designate#listAllRecordSets(RecordSetListOptions)} across zones): Designate's
 * {@code name}, {@code type}, {@code data}, {@code ttl}, {@code status} and {@code description}
 * filters (text filters take {@code *} as a wildcard), the page size ({@code limit}, 1 to 1000;
 * Designate's default is 20) and the id to start after ({@code marker}). Listings follow
 * Designate's {@code links.next} from page to page.
 *
 * <p>Immutable; made by {@link #builder()}, copied by {@link #toBuilder()}.
 */
public final class RecordSetListOptions extends DesignateListOptions {

    private static final RecordSetListOptions DEFAULTS = builder().build();

    private RecordSetListOptions(Builder b) {
        super(b);
    }

    /** @return no filter, Designate's page size, from the first record set */
    public static RecordSetListOptions defaults() {
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

    /**
     * Builder of {@link RecordSetListOptions}: besides its own filters, the {@code name} (a record
     * set name, or a pattern with {@code *}), {@code status}, {@code ttl} and {@code description}
     * filters, the page size and the marker (the id of the record set to start after).
     */
    public static final class Builder extends DesignateListOptions.Builder<Builder> {

        private Builder() {
        }

        /** @param value record data, or a pattern with {@code *} ({@code 192.0.2.*}) @return this builder */
        public Builder data(String value) {
            return filter("data", value);
        }

        /** @param value a record type @return this builder */
        public Builder type(RecordType value) {
            Objects.requireNonNull(value, "type must not be null");
            if (value == RecordType.UNKNOWN) {
                throw new IllegalArgumentException("type must be a record type such as A or MX, was UNKNOWN");
            }
            return filter("type", value.name());
        }

        /** @return the options */
        public RecordSetListOptions build() {
            return new RecordSetListOptions(this);
        }

        @Override
        Builder self() {
            return this;
        }
    }
}
