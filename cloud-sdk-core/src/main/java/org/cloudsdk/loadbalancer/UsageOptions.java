package org.cloudsdk.loadbalancer;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The period of a usage report (pyrax's {@code get_usage(start=, end=)}): records from
 * {@code start} on, up to {@code end}; either may be left out. The chapter's four forms are
 * taken: a date, a date and time, or the strings {@code "YYYY-MM-DD HH:MM:SS"} and
 * {@code "YYYY-MM-DD"}; an {@link Instant} too. Times without a zone are UTC, the API's time.
 * Without either bound the API returns the last 24 hours of the account's usage, and all of a
 * balancer's. Immutable; made by {@link #builder()}.
 *
 * <pre>{@code
 * List<UsageRecord> october = lb.getUsage(UsageOptions.builder()
 *         .start(LocalDate.of(2012, 10, 1)).end("2012-10-15 14:00:00").build());
 * }</pre>
 */
public final class UsageOptions {

    private static final UsageOptions DEFAULTS = builder().build();
    private static final DateTimeFormatter WIRE = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");
    private static final DateTimeFormatter SPACED = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

    private final @Nullable LocalDateTime start;
    private final @Nullable LocalDateTime end;

    private UsageOptions(Builder builder) {
        this.start = builder.start;
        this.end = builder.end;
    }

    /** @return no bounds */
    public static UsageOptions defaults() {
        return DEFAULTS;
    }

    /** @return a builder without bounds */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding these bounds */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.start = start;
        builder.end = end;
        return builder;
    }

    /** @return the start, UTC, if set */
    public Optional<LocalDateTime> start() {
        return Optional.ofNullable(start);
    }

    /** @return the end, UTC, if set */
    public Optional<LocalDateTime> end() {
        return Optional.ofNullable(end);
    }

    /** @return the start as the API takes it, {@code 2012-10-15T13:00:00} */
    Optional<String> startParameter() {
        return start().map(WIRE::format);
    }

    /** @return the end as the API takes it */
    Optional<String> endParameter() {
        return end().map(WIRE::format);
    }

    @Override
    public String toString() {
        return "UsageOptions[start=" + start + ", end=" + end + "]";
    }

    /** Builds {@link UsageOptions}. */
    public static final class Builder {

        private @Nullable LocalDateTime start;
        private @Nullable LocalDateTime end;

        private Builder() {
        }

        /** @param value the first day, from its midnight UTC @return this builder */
        public Builder start(LocalDate value) {
            this.start = Objects.requireNonNull(value, "start must not be null").atStartOfDay();
            return this;
        }

        /** @param value the start, UTC @return this builder */
        public Builder start(LocalDateTime value) {
            this.start = Objects.requireNonNull(value, "start must not be null").truncatedTo(ChronoUnit.SECONDS);
            return this;
        }

        /** @param value the start @return this builder */
        public Builder start(Instant value) {
            this.start = utc(Objects.requireNonNull(value, "start must not be null"));
            return this;
        }

        /**
         * @param value {@code "YYYY-MM-DD HH:MM:SS"} or {@code "YYYY-MM-DD"}, UTC
         * @return this builder
         * @throws IllegalArgumentException in another form
         */
        public Builder start(String value) {
            this.start = parse(value, "start");
            return this;
        }

        /** @param value the last day, from its midnight UTC (as pyrax reads a date) @return this builder */
        public Builder end(LocalDate value) {
            this.end = Objects.requireNonNull(value, "end must not be null").atStartOfDay();
            return this;
        }

        /** @param value the end, UTC @return this builder */
        public Builder end(LocalDateTime value) {
            this.end = Objects.requireNonNull(value, "end must not be null").truncatedTo(ChronoUnit.SECONDS);
            return this;
        }

        /** @param value the end @return this builder */
        public Builder end(Instant value) {
            this.end = utc(Objects.requireNonNull(value, "end must not be null"));
            return this;
        }

        /**
         * @param value {@code "YYYY-MM-DD HH:MM:SS"} or {@code "YYYY-MM-DD"}, UTC
         * @return this builder
         * @throws IllegalArgumentException in another form
         */
        public Builder end(String value) {
            this.end = parse(value, "end");
            return this;
        }

        /**
         * @return the options
         * @throws IllegalArgumentException when the start is after the end
         */
        public UsageOptions build() {
            if (start != null && end != null && start.isAfter(end)) {
                throw new IllegalArgumentException("start must not be after end, was " + start + " after " + end);
            }
            return new UsageOptions(this);
        }

        private static LocalDateTime utc(Instant value) {
            return LocalDateTime.ofInstant(value.truncatedTo(ChronoUnit.SECONDS), ZoneOffset.UTC);
        }

        private static LocalDateTime parse(@Nullable String value, String parameter) {
            Objects.requireNonNull(value, parameter + " must not be null");
            String text = value.trim();
            try {
                return text.length() == 10 ? LocalDate.parse(text).atStartOfDay() : LocalDateTime.parse(text, SPACED);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(parameter + " must be \"YYYY-MM-DD HH:MM:SS\" or \"YYYY-MM-DD\", was '"
                        + value + "'", e);
            }
        }
    }
}
