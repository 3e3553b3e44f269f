package org.cloudsdk.network;

import java.util.Locale;

/** Which traffic a security group rule lets through: to the ports ({@code ingress}) or from them. */
public enum RuleDirection {
    /** Traffic arriving at the group's ports. */
    INGRESS,
    /** Traffic leaving the group's ports. */
    EGRESS;

    /** @return Neutron's name: {@code ingress} or {@code egress} */
    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
