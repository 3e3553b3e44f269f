package org.cloudsdk.octavia;

import org.jspecify.annotations.Nullable;

/**
 * The lifecycle state of an Octavia object ({@code provisioning_status}): a change is under way
 * while it is {@code PENDING_*}, and the object's load balancer refuses other changes then (409,
 * "immutable").
 */
public enum ProvisioningStatus {
    /** Provisioned; changes are accepted. */
    ACTIVE,
    /** Being created. */
    PENDING_CREATE,
    /** Being changed, or one of its children is. */
    PENDING_UPDATE,
    /** Being deleted. */
    PENDING_DELETE,
    /** Deleted (briefly seen before the object answers 404). */
    DELETED,
    /** The last change failed; the object needs a failover, an update or a delete. */
    ERROR,
    /** A value this SDK does not know. */
    UNKNOWN;

    /** @return whether a change is under way ({@code PENDING_CREATE}, {@code _UPDATE} or {@code _DELETE}) */
    public boolean isPending() {
        return this == PENDING_CREATE || this == PENDING_UPDATE || this == PENDING_DELETE;
    }

    static ProvisioningStatus of(@Nullable Object value) {
        return OctaviaEnums.parse(ProvisioningStatus.class, value);
    }
}
