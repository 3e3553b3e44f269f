package org.cloudsdk.queue;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The options of pyrax's {@code list_messages(queue, echo, include_claimed, marker, limit)}:
 * whether this client's own messages are included ({@code echo}, false by default), whether
 * claimed ones are ({@code includeClaimed}, false), where to start ({@code marker}) and the page
 * size ({@code limit}, 10 by default, at most 20). Immutable.
 */
public final class MessageListOptions {

    private static final MessageListOptions DEFAULTS = builder().build();

    private final boolean echo;
    private final boolean includeClaimed;
    private final @Nullable String marker;
    private final int limit;

    private MessageListOptions(Builder builder) {
        this.echo = builder.echo;
        this.includeClaimed = builder.includeClaimed;
        this.marker = builder.marker;
        this.limit = builder.limit;
    }

    /** @return the defaults: no echo, unclaimed only, from the start, 10 a page */
    public static MessageListOptions defaults() {
        return DEFAULTS;
    }

    /** @return a builder with the defaults */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder with these values */
    public Builder toBuilder() {
        return new Builder().echo(echo).includeClaimed(includeClaimed).marker(marker).limit(limit);
    }

    /** @return whether this client's own messages are included */
    public boolean echo() {
        return echo;
    }

    /** @return whether claimed messages are included */
    public boolean includeClaimed() {
        return includeClaimed;
    }

    /** @return the marker to start after, if any */
    public Optional<String> marker() {
        return Optional.ofNullable(marker);
    }

    /** @return the page size, 1 to 20 */
    public int limit() {
        return limit;
    }

    @Override
    public String toString() {
        return "MessageListOptions[echo=" + echo + ", includeClaimed=" + includeClaimed + ", marker=" + marker
                + ", limit=" + limit + "]";
    }

    /** Builder of {@link MessageListOptions}; values are checked as they are set. */
    public static final class Builder {
        private boolean echo;
        private boolean includeClaimed;
        private @Nullable String marker;
        private int limit = QueueLimits.DEFAULT_COUNT;

        private Builder() {
        }

        /** @param value include this client's own messages @return this builder */
        public Builder echo(boolean value) {
            this.echo = value;
            return this;
        }

        /** @param value include claimed messages @return this builder */
        public Builder includeClaimed(boolean value) {
            this.includeClaimed = value;
            return this;
        }

        /**
         * @param value start after this marker (as a previous page's next link gives it); null
         *     for the start
         * @return this builder
         */
        public Builder marker(@Nullable String value) {
            this.marker = value == null ? null : QueueLimits.id(value, "marker");
            return this;
        }

        /**
         * @param value the page size
         * @return this builder
         * @throws IllegalArgumentException unless 1 to 20
         */
        public Builder limit(int value) {
            this.limit = QueueLimits.limit(value);
            return this;
        }

        /** @return the options */
        public MessageListOptions build() {
            return new MessageListOptions(this);
        }
    }
}
