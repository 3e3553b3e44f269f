package org.cloudsdk.loadbalancer;

/** The probe of a health monitor. */
public enum HealthMonitorType {
    /** A TCP connection to each node's port. */
    CONNECT,
    /** An HTTP request whose status and body are matched against regular expressions. */
    HTTP,
    /** The same over HTTPS. */
    HTTPS,
    /** A type this SDK does not know (never sent). */
    UNKNOWN;
}
