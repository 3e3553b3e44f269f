package org.cloudsdk.loadbalancer;

/** A node's role: primary nodes take traffic, secondary ones only when every primary node fails. */
public enum NodeType {
    /** In the normal rotation. */
    PRIMARY,
    /** Takes traffic only when every primary node fails (needs an active health monitor). */
    SECONDARY,
    /** A type this SDK does not know (never sent). */
    UNKNOWN;
}
