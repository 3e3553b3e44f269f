package org.cloudsdk.network;

import java.util.List;

import org.cloudsdk.model.JsonName;
import org.cloudsdk.model.JsonNaming;
import org.jspecify.annotations.Nullable;

/**
 * The fields of a network that {@link Network} offers typed, in either API's form: Cloud
 * Networks' {@code {"id", "label", "cidr"}} or Neutron's network (a {@code name}, its
 * {@code subnets}, status and flags).
 */
@JsonNaming(JsonNaming.Scheme.SNAKE_CASE)
record NetworkFields(
        String id,
        @Nullable String label,
        @Nullable String name,
        @Nullable String cidr,
        List<String> subnets,
        @Nullable String status,
        @Nullable Boolean adminStateUp,
        @Nullable Boolean shared,
        @JsonName("router:external") @Nullable Boolean external,
        @Nullable String projectId,
        @Nullable String tenantId,
        @Nullable String description,
        @Nullable Integer mtu) {

    /** Cloud Networks sends no subnets: read as empty, never null. */
    NetworkFields {
        subnets = subnets == null ? List.of() : subnets;
    }
}
