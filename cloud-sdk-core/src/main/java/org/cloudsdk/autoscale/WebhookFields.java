package org.cloudsdk.autoscale;

import java.util.Map;

import org.cloudsdk.model.JsonNaming;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/** The fields of a webhook that {@link Webhook} offers typed. */
@JsonNaming(JsonNaming.Scheme.AS_IS)
record WebhookFields(String id, @Nullable String name, Map<String, String> metadata, @Nullable JsonNode links) {

    WebhookFields {
        metadata = metadata == null ? Map.of() : metadata;
    }
}
