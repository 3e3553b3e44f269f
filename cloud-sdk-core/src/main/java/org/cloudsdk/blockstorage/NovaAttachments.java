package org.cloudsdk.blockstorage;

import org.cloudsdk.http.ApiResponse;
import org.cloudsdk.http.Json;
import org.cloudsdk.http.ServiceClient;
import org.cloudsdk.http.Transport;
import org.springframework.http.HttpMethod;

import tools.jackson.databind.node.ObjectNode;

/**
 * Attaching and detaching volumes is compute's API (Nova's {@code os-volume_attachments}, as on
 * Rackspace): the requests go to a compute endpoint, in its base version (no microversion is
 * needed for a device name and a volume id).
 */
final class NovaAttachments {

    private NovaAttachments() {
    }

    /** {@code POST /servers/{id}/os-volume_attachments}; returns when Nova accepted it. */
    static void attach(ServiceClient compute, String serverId, String volumeId, String mountpoint) {
        ObjectNode attachment = Json.object();
        attachment.put("volumeId", volumeId);
        attachment.put("device", mountpoint);
        ObjectNode body = Json.object();
        body.set("volumeAttachment", attachment);
        ApiResponse ignored = Transport.blockValue(compute.exchange(compute.request(HttpMethod.POST, "attachVolume")
                .path("/servers/{id}/os-volume_attachments", serverId).jsonBody(Json.write(body))));
    }

    /** {@code DELETE /servers/{id}/os-volume_attachments/{volume}}: Nova names an attachment by its volume. */
    static void detach(ServiceClient compute, String serverId, String volumeId) {
        ApiResponse ignored = Transport.blockValue(compute.exchange(compute.request(HttpMethod.DELETE, "detachVolume")
                .path("/servers/{id}/os-volume_attachments/{volume}", serverId, volumeId)));
    }
}
