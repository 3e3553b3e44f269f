package org.cloudsdk.loadbalancer;

/** A node's condition, which the user sets (its status, ONLINE or OFFLINE, is the health monitor's). */
public enum NodeCondition {
    /** Accepts new connections. */
    ENABLED,
    /** Accepts no new connections; existing ones are forcibly closed. */
    DISABLED,
    /** Serves established connections and those its session persistence sends, but no new ones. */
    DRAINING,
    /** A condition this SDK does not know (never sent). */
    UNKNOWN;
}
