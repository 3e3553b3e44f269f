package org.cloudsdk.network;

import org.cloudsdk.model.JsonNaming;
import org.jspecify.annotations.Nullable;

/** The fields of a Neutron security group rule that {@link SecurityGroupRule} offers typed. */
@JsonNaming(JsonNaming.Scheme.SNAKE_CASE)
record SecurityGroupRuleFields(
        String id,
        @Nullable String securityGroupId,
        @Nullable String direction,
        @Nullable String ethertype,
        @Nullable String protocol,
        @Nullable Integer portRangeMin,
        @Nullable Integer portRangeMax,
        @Nullable String remoteIpPrefix,
        @Nullable String remoteGroupId,
        @Nullable String description) {
}
