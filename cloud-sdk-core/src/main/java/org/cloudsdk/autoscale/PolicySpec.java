package org.cloudsdk.autoscale;

import java.util.Objects;
import java.util.Optional;

import org.cloudsdk.http.Json;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.node.ObjectNode;

/**
 * A scaling policy to create (pyrax's {@code add_policy(name, policy_type, cooldown, change,
 * is_percent, desired_capacity)}), alone or with its group: a name, the type ({@code webhook}),
 * a cooldown of 0 to 86,400 seconds, and exactly one of a change in servers (positive scales up,
 * negative down), a change in percent, or a desired capacity. {@link Builder#build()} checks all.
 *
 * <pre>{@code
 * PolicySpec up = PolicySpec.builder("scale up").cooldown(60).change(1).build();
 * PolicySpec down = PolicySpec.builder("scale down 10%").cooldown(60).changePercent(-10).build();
 * }</pre>
 *
 * <p>Immutable; made by {@link #builder(String)}, copied by {@link #toBuilder()}.
 */
public final class PolicySpec {

    private final String name;
    private final PolicyType type;
    private final int cooldown;
    private final PolicyAdjustment adjustment;

    private PolicySpec(Builder b, int cooldown, PolicyAdjustment adjustment) {
        this.name = b.name;
        this.type = b.type;
        this.cooldown = cooldown;
        this.adjustment = adjustment;
    }

    /**
     * @param name the policy's name
     * @return a builder of a webhook policy of that name
     */
    public static Builder builder(String name) {
        return new Builder(AutoScaleLimits.text(name, "name"));
    }

    /** @return a builder holding this spec */
    public Builder toBuilder() {
        Builder b = new Builder(name).type(type).cooldown(cooldown);
        b.adjustment = adjustment;
        return b;
    }

    /** @return its name */
    public String name() {
        return name;
    }

    /** @return its type */
    public PolicyType type() {
        return type;
    }

    /** @return its cooldown in seconds */
    public int cooldown() {
        return cooldown;
    }

    /** @return the change in servers, if that is its adjustment */
    public Optional<Integer> change() {
        return Optional.ofNullable(adjustment.change());
    }

    /** @return the change in percent, if that is its adjustment */
    public Optional<Double> changePercent() {
        return Optional.ofNullable(adjustment.changePercent());
    }

    /** @return the capacity to reach, if that is its adjustment */
    public Optional<Integer> desiredCapacity() {
        return Optional.ofNullable(adjustment.desiredCapacity());
    }

    ObjectNode toJson() {
        ObjectNode policy = Json.object();
        policy.put("name", name);
        policy.put("cooldown", cooldown);
        policy.put("type", type.wireName());
        adjustment.writeTo(policy);
        return policy;
    }

    @Override
    public String toString() {
        return "PolicySpec[name=" + name + ", type=" + type + ", cooldown=" + cooldown + ", " + adjustment.describe() + "]";
    }

    /** Builds {@link PolicySpec}. */
    public static final class Builder {

        private final String name;
        private PolicyType type = PolicyType.WEBHOOK;
        private @Nullable Integer cooldown;
        private @Nullable PolicyAdjustment adjustment;

        private Builder(String name) {
            this.name = name;
        }

        /**
         * @param value pyrax's {@code policy_type}; only {@link PolicyType#WEBHOOK} (the default)
         * @return this builder
         */
        public Builder type(PolicyType value) {
            Objects.requireNonNull(value, "type must not be null");
            if (value != PolicyType.WEBHOOK) {
                throw new IllegalArgumentException("type must be WEBHOOK, the one policy type documented, was " + value);
            }
            type = value;
            return this;
        }

        /**
         * @param seconds how long after an execution the policy ignores further ones, 0 to 86,400
         * @return this builder
         */
        public Builder cooldown(int seconds) {
            cooldown = AutoScaleLimits.cooldown(seconds, "cooldown");
            return this;
        }

        /**
         * @param servers how many servers to add (positive) or remove (negative)
         * @return this builder
         */
        public Builder change(int servers) {
            adjustment = PolicyAdjustment.only(adjustment, PolicyAdjustment.ofChange(servers));
            return this;
        }

        /**
         * @param percent the change in percent of the current capacity (pyrax's {@code is_percent=True})
         * @return this builder
         */
        public Builder changePercent(double percent) {
            adjustment = PolicyAdjustment.only(adjustment, PolicyAdjustment.ofPercent(percent));
            return this;
        }

        /**
         * @param servers the number of servers the group should have, 0 or more
         * @return this builder
         */
        public Builder desiredCapacity(int servers) {
            adjustment = PolicyAdjustment.only(adjustment, PolicyAdjustment.ofDesiredCapacity(servers));
            return this;
        }

        /**
         * @return the spec
         * @throws IllegalArgumentException when the cooldown or the adjustment is missing
         */
        public PolicySpec build() {
            if (cooldown == null) {
                throw new IllegalArgumentException("cooldown is required (0 to " + AutoScaleLimits.MAX_COOLDOWN
                        + " seconds)");
            }
            if (adjustment == null) {
                throw new IllegalArgumentException("a policy needs exactly one of change, changePercent and desiredCapacity");
            }
            return new PolicySpec(this, cooldown, adjustment);
        }
    }
}
