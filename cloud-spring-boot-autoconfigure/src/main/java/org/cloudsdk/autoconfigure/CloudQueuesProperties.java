package org.cloudsdk.autoconfigure;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code cloud.services.queues.*} properties the queues clients read besides
 * {@code enabled}: the client id their message calls send.
 */
@ConfigurationProperties("cloud.services.queues")
public class CloudQueuesProperties {

    /**
     * Client id (a UUID) the queues clients of every environment send with message calls, as
     * pyrax's queue_client_id setting; when unset, the queue_client_id / CLOUD_QUEUES_ID setting of
     * the environment, else one generated per client.
     */
    private @Nullable UUID clientId;

    /** @return the client id, or null when not set */
    public @Nullable UUID getClientId() {
        return clientId;
    }

    /** @param clientId the client id, or null to fall back on the environment's setting */
    public void setClientId(@Nullable UUID clientId) {
        this.clientId = clientId;
    }
}
