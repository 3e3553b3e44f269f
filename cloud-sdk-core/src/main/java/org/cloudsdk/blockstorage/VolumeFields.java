package org.cloudsdk.blockstorage;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.cloudsdk.model.JsonModels;
import org.cloudsdk.model.JsonName;
import org.cloudsdk.model.JsonNaming;
import org.jspecify.annotations.Nullable;

/**
 * The fields of a volume document that {@link Volume} offers typed; read by {@link JsonModels}.
 * Cinder v3 names a volume {@code name}/{@code description}, Rackspace (Cinder v1)
 * {@code display_name}/{@code display_description}: both are read.
 */
@JsonNaming(JsonNaming.Scheme.SNAKE_CASE)
record VolumeFields(
        String id,
        @Nullable String name,
        @Nullable String displayName,
        @Nullable String description,
        @Nullable String displayDescription,
        @Nullable Integer size,
        @Nullable String status,
        @Nullable String volumeType,
        @Nullable String availabilityZone,
        @Nullable Instant createdAt,
        @Nullable Instant updatedAt,
        @Nullable String snapshotId,
        @JsonName("source_volid") @Nullable String sourceVolid,
        @Nullable Boolean bootable,
        @Nullable Boolean multiattach,
        @Nullable String userId,
        @JsonName("os-vol-tenant-attr:tenant_id") @Nullable String tenantId,
        Map<String, String> metadata,
        List<VolumeAttachment> attachments) {

    /** A volume without metadata or attachments reads as empty ones, never null. */
    VolumeFields {
        metadata = metadata == null ? Map.of() : metadata;
        // Cinder v1 wrote [{}] for "not attached": an entry without a server is no attachment
        attachments = attachments == null ? List.of()
                : attachments.stream().filter(attachment -> attachment.serverId() != null).toList();
    }
}
