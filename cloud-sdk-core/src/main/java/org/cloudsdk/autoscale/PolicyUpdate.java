package org.cloudsdk.autoscale;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.node.ObjectNode;

/**
 * The changes of pyrax's {@code policy.update(name=, cooldown=, change=, is_percent=,
 * desired_capacity=)}: what is set replaces the policy's value, the rest is kept (Auto Scale
 * replaces a policy whole, so the SDK reads it first). At most one adjustment, which then replaces
 * the policy's own.
 *
 * <p>Immutable; made by {@link #builder()}.
 */
public final class PolicyUpdate {

    private final @Nullable String name;
    private final @Nullable Integer cooldown;
    private final @Nullable PolicyAdjustment adjustment;

    private PolicyUpdate(Builder b) {
        this.name = b.name;
        this.cooldown = b.cooldown;
        this.adjustment = b.adjustment;
    }

    /** @return an empty builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the new name, if set */
    public Optional<String> name() {
        return Optional.ofNullable(name);
    }

    /** @return the new cooldown, if set */
    public Optional<Integer> cooldown() {
        return Optional.ofNullable(cooldown);
    }

    /** Sets the changes on a copy of the policy's current body. */
    void applyTo(ObjectNode policy) {
        if (name != null) {
            policy.put("name", name);
        }
        if (cooldown != null) {
            policy.put("cooldown", cooldown);
        }
        if (adjustment != null) {
            adjustment.writeTo(policy);
        }
    }

    @Override
    public String toString() {
        return "PolicyUpdate[name=" + name + ", cooldown=" + cooldown + ", "
                + (adjustment == null ? "adjustment unchanged" : adjustment.describe()) + "]";
    }

    /** Builds {@link PolicyUpdate}. */
    public static final class Builder {

        private @Nullable String name;
        private @Nullable Integer cooldown;
        private @Nullable PolicyAdjustment adjustment;

        private Builder() {
        }

        /** @param value the new name @return this builder */
        public Builder name(String value) {
            name = AutoScaleLimits.text(value, "name");
            return this;
        }

        /** @param seconds the new cooldown, 0 to 86,400 @return this builder */
        public Builder cooldown(int seconds) {
            cooldown = AutoScaleLimits.cooldown(seconds, "cooldown");
            return this;
        }

        /** @param servers the new change in servers @return this builder */
        public Builder change(int servers) {
            adjustment = PolicyAdjustment.only(adjustment, PolicyAdjustment.ofChange(servers));
            return this;
        }

        /** @param percent the new change in percent @return this builder */
        public Builder changePercent(double percent) {
            adjustment = PolicyAdjustment.only(adjustment, PolicyAdjustment.ofPercent(percent));
            return this;
        }

        /** @param servers the new capacity to reach, 0 or more @return this builder */
        public Builder desiredCapacity(int servers) {
            adjustment = PolicyAdjustment.only(adjustment, PolicyAdjustment.ofDesiredCapacity(servers));
            return this;
        }

        /** @return the update */
        public PolicyUpdate build() {
            return new PolicyUpdate(this);
        }
    }
}
