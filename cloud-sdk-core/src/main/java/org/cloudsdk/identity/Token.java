package org.cloudsdk.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * The result of an authentication: the token, when it expires, who it belongs to, the project
 * (tenant) it is scoped to, the user's roles and the service catalog. Immutable; its
 * {@link #toString()} never shows the token itself.
 *
 * @param id the token to send as {@code X-Auth-Token}
 * @param expiresAt when it expires, or null when the identity service did not say
 * @param issuedAt when it was issued, or null
 * @param userId the user's id, or null
 * @param userName the user's name, or null
 * @param tenantId the project (tenant) id, or null for an unscoped token
 * @param tenantName the project (tenant) name, or null
 * @param roles the names of the user's roles on the project
 * @param catalog the service catalog
 * @param identityVersion {@code v3}, {@code v2.0}, {@code rackspace} or a custom provider's name
 * @param defaultRegion the user's default region when the identity service says
 *     ({@code RAX-AUTH:defaultRegion}), else null
 */
public record Token(String id, @Nullable Instant expiresAt, @Nullable Instant issuedAt, @Nullable String userId,
        @Nullable String userName, @Nullable String tenantId, @Nullable String tenantName, List<String> roles,
        ServiceCatalog catalog, String identityVersion, @Nullable String defaultRegion) {

    /** Checks the required values and freezes the lists. */
    public Token {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("id (the token) must not be blank");
        }
        roles = roles == null ? List.of() : List.copyOf(roles);
        catalog = catalog == null ? ServiceCatalog.empty() : catalog;
        Objects.requireNonNull(identityVersion, "identityVersion must not be null");
    }

    /**
     * @param margin how long before the expiry counts as expired
     * @param now the current time
     * @return whether the token expires within {@code margin} of {@code now}
     */
    public boolean expiresWithin(Duration margin, Instant now) {
        return expiresAt != null && !now.plus(margin).isBefore(expiresAt);
    }

    @Override
    public String toString() {
        return "Token[id=****, expiresAt=" + expiresAt + ", user=" + userName + ", tenantId=" + tenantId
                + ", tenantName=" + tenantName + ", roles=" + roles + ", identity=" + identityVersion
                + ", services=" + catalog.catalogTypes() + "]";
    }
}
