package org.cloudsdk.loadbalancer;

/** Whether an access list item lets traffic in; ALLOW items take precedence over DENY items. */
public enum NetworkItemType {
    /** Traffic from the address is accepted. */
    ALLOW,
    /** Traffic from the address is refused. */
    DENY,
    /** A type this SDK does not know (never sent). */
    UNKNOWN;
}
