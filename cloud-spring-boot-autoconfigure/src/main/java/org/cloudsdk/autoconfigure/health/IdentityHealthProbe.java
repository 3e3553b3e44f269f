package org.cloudsdk.autoconfigure.health;

import java.util.Objects;

import org.cloudsdk.CloudContext;
import org.cloudsdk.identity.Token;
import org.springframework.boot.health.contributor.Health;

import reactor.core.publisher.Mono;

/**
 * Whether the context can authenticate: UP with the identity type and the token's expiry (never
 * the token) when it holds a valid token or obtains one; an unexpired token is reused, so the
 * probe does not log in again each time.
 */
public final class IdentityHealthProbe implements CloudHealthProbe {

    private final CloudContext context;

    /** @param context the context to check */
    public IdentityHealthProbe(CloudContext context) {
        this.context = Objects.requireNonNull(context, "context must not be null");
    }

    @Override
    public Mono<Health> probe() {
        return context.session().token().map(ignored -> {
            Token token = context.session().currentToken();
            Health.Builder up = Health.up().withDetail("identityType", context.identityType());
            if (token != null && token.expiresAt() != null) {
                up.withDetail("tokenExpires", token.expiresAt().toString());
            }
            return up.build();
        });
    }
}
