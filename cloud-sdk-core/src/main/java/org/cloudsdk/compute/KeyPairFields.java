package org.cloudsdk.compute;

import org.cloudsdk.model.JsonNaming;

/** The fields of a Nova key pair that {@link KeyPair} offers typed. */
@JsonNaming(JsonNaming.Scheme.SNAKE_CASE)
record KeyPairFields(
        String name,
        String fingerprint,
        String publicKey,
        String privateKey,
        String type,
        String userId) {
}
