package org.cloudsdk.network;

import java.util.List;

import org.cloudsdk.model.JsonNaming;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/** The fields of a Neutron security group that {@link SecurityGroup} offers typed. */
@JsonNaming(JsonNaming.Scheme.SNAKE_CASE)
record SecurityGroupFields(
        String id,
        @Nullable String name,
        @Nullable String description,
        @Nullable String projectId,
        @Nullable Boolean stateful,
        List<JsonNode> securityGroupRules) {

    SecurityGroupFields {
        securityGroupRules = securityGroupRules == null ? List.of() : securityGroupRules;
    }
}
