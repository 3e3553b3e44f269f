package org.cloudsdk.designate;

/**
 * The optional settings of a new record set: its TTL (the zone's when not set) and description.
 *
 * <p>Immutable; made by {@link #builder()}, copied by {@link #toBuilder()}.
 */
public final class RecordSetCreateOptions extends TtlAndDescription {

    private static final RecordSetCreateOptions DEFAULTS = builder().build();

    private RecordSetCreateOptions(Builder b) {
        super(b);
    }

    /** @return the zone's TTL, no description */
    public static RecordSetCreateOptions defaults() {
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

    /** Builder of {@link RecordSetCreateOptions}: its {@code ttl} and {@code description}. */
    public static final class Builder extends TtlAndDescription.Builder<Builder> {

        private Builder() {
        }

        /** @return the options */
        public RecordSetCreateOptions build() {
            return new RecordSetCreateOptions(this);
        }

        @Override
        Builder self() {
            return this;
        }
    }
}
