package org.cloudsdk.autoscale;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.node.ObjectNode;

/**
 * What a policy does to the group's desired capacity: exactly one of a change in servers, a
 * change in percent, or a capacity to reach.
 */
record PolicyAdjustment(@Nullable Integer change, @Nullable Double changePercent, @Nullable Integer desiredCapacity) {

    static final String CHANGE = "change";
    static final String CHANGE_PERCENT = "changePercent";
    static final String DESIRED_CAPACITY = "desiredCapacity";

    static PolicyAdjustment ofChange(int servers) {
        return new PolicyAdjustment(servers, null, null);
    }

    static PolicyAdjustment ofPercent(double percent) {
        if (!Double.isFinite(percent)) {
            throw new IllegalArgumentException("changePercent must be a finite number, was " + percent);
        }
        return new PolicyAdjustment(null, percent, null);
    }

    static PolicyAdjustment ofDesiredCapacity(int servers) {
        if (servers < 0) {
            throw new IllegalArgumentException("desiredCapacity must be 0 or more, was " + servers);
        }
        return new PolicyAdjustment(null, null, servers);
    }

    /** Replaces whatever adjustment the policy body had with this one. */
    void writeTo(ObjectNode policy) {
        policy.remove(CHANGE);
        policy.remove(CHANGE_PERCENT);
        policy.remove(DESIRED_CAPACITY);
        if (change != null) {
            policy.put(CHANGE, change);
        } else if (changePercent != null) {
            policy.put(CHANGE_PERCENT, changePercent);
        } else if (desiredCapacity != null) {
            policy.put(DESIRED_CAPACITY, desiredCapacity);
        }
    }

    /** @throws IllegalArgumentException when {@code current} is already set: a policy has exactly one */
    static PolicyAdjustment only(@Nullable PolicyAdjustment current, PolicyAdjustment next) {
        if (current != null) {
            throw new IllegalArgumentException("a policy has exactly one of change, changePercent and desiredCapacity; "
                    + "was given " + current.describe() + " and " + next.describe());
        }
        return next;
    }

    String describe() {
        return change != null ? "change=" + change
                : changePercent != null ? "changePercent=" + changePercent : "desiredCapacity=" + desiredCapacity;
    }
}
