package org.cloudsdk.compute;

import org.cloudsdk.model.JsonNaming;
import org.jspecify.annotations.Nullable;

/** The fields of a Nova key pair that {@link KeyPair} offers typed. */
@JsonNaming(JsonNaming.Scheme.SNAKE_CASE)
record KeyPairFields(
        String name,
        @Nullable String fingerprint,
        @Nullable String publicKey,
        @Nullable String privateKey,
        @Nullable String type,
        @Nullable String userId) {
}
