package org.cloudsdk.identity;

import org.jspecify.annotations.Nullable;

/**
 * What a token is scoped to and which domains names are looked up in. pyrax's {@code tenant_id}
 * and {@code tenant_name} are the project id and name; identity v3 adds domains. Every field may
 * be null (a blank value becomes null). When a project is named without a domain, and when a user
 * is named without a domain, v3 uses the domain with id {@code default}.
 *
 * @param tenantId the project (tenant) id
 * @param tenantName the project (tenant) name
 * @param projectDomainId the project's domain id (v3)
 * @param projectDomainName the project's domain name (v3)
 * @param userDomainId the user's domain id (v3)
 * @param userDomainName the user's domain name (v3)
 * @param domainId scope the token to this domain instead of a project (v3)
 * @param domainName scope the token to this domain, by name (v3)
 */
public record AuthScope(@Nullable String tenantId, @Nullable String tenantName, @Nullable String projectDomainId,
        @Nullable String projectDomainName, @Nullable String userDomainId, @Nullable String userDomainName,
        @Nullable String domainId, @Nullable String domainName) {

    /** An unscoped request. */
    public static final AuthScope NONE = new AuthScope(null, null, null, null, null, null, null, null);

    /** Turns blank values into nulls. */
    public AuthScope {
        tenantId = blankToNull(tenantId);
        tenantName = blankToNull(tenantName);
        projectDomainId = blankToNull(projectDomainId);
        projectDomainName = blankToNull(projectDomainName);
        userDomainId = blankToNull(userDomainId);
        userDomainName = blankToNull(userDomainName);
        domainId = blankToNull(domainId);
        domainName = blankToNull(domainName);
    }

    /**
     * @param tenantId the project id, or null
     * @param tenantName the project name, or null
     * @return a scope to a project, domains defaulted
     */
    public static AuthScope tenant(@Nullable String tenantId, @Nullable String tenantName) {
        return new AuthScope(tenantId, tenantName, null, null, null, null, null, null);
    }

    /** @return whether a project (tenant) is named */
    public boolean hasTenant() {
        return tenantId != null || tenantName != null;
    }

    /** @return whether a domain scope is named */
    public boolean hasDomainScope() {
        return domainId != null || domainName != null;
    }

    /** @param id the project id, or null @param name the project name, or null @return a copy with that project */
    public AuthScope withTenant(@Nullable String id, @Nullable String name) {
        return new AuthScope(id, name, projectDomainId, projectDomainName, userDomainId, userDomainName, domainId,
                domainName);
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
