package org.cloudsdk.blockstorage;

import java.time.Instant;

import org.cloudsdk.model.JsonNaming;
import org.jspecify.annotations.Nullable;

/**
 * One attachment of a volume to a server, as the volume lists it under {@code attachments}.
 *
 * @param serverId the server the volume is attached to
 * @param device the device on that server, such as {@code /dev/vdb}, when known
 * @param attachmentId Cinder's id of the attachment, when given (not on Rackspace)
 * @param hostName the host, when the cloud says
 * @param attachedAt when it was attached, when the cloud says
 */
@JsonNaming(JsonNaming.Scheme.SNAKE_CASE)
public record VolumeAttachment(
        @Nullable String serverId,
        @Nullable String device,
        @Nullable String attachmentId,
        @Nullable String hostName,
        @Nullable Instant attachedAt) {
}
