package org.cloudsdk.identity;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.cloudsdk.errors.AuthenticationFailedException;
import org.cloudsdk.errors.CloudException;
import org.cloudsdk.http.ApiResponse;
import org.cloudsdk.http.Json;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Keystone identity v3: password (user by name and domain, or by id), token and application
 * credential authentication, scoped to a project or a domain by id or name
 * ({@code POST /v3/auth/tokens}; the token comes back in {@code X-Subject-Token}).
 */
public final class KeystoneV3Identity implements IdentityProvider {

    private static final String DEFAULT_DOMAIN_ID = "default";

    @Override
    public String name() {
        return "v3";
    }

    @Override
    public Token authenticate(AuthenticationRequest request) {
        if (request.authEndpoint() == null) {
            throw new IllegalArgumentException("auth_endpoint must be set for keystone identity");
        }
        String url = tokensUrl(request.authEndpoint());
        ObjectNode body = requestBody(request.credentials(), request.scope());
        ApiResponse response;
        try {
            response = request.http().postJson(url, "authenticate", body);
        } catch (AuthenticationFailedException refused) {
            throw IdentityHttp.authenticationFailed(refused, describe(request.credentials()), url);
        }
        String token = response.header("X-Subject-Token")
                .orElseThrow(() -> new CloudException("the identity service at " + url
                        + " answered without an X-Subject-Token header"));
        return parse(token, response.json());
    }

    /**
     * @param authEndpoint the configured endpoint, with or without {@code /v3}
     * @return the token URL
     */
    static String tokensUrl(String authEndpoint) {
        String base = authEndpoint.endsWith("/") ? authEndpoint.substring(0, authEndpoint.length() - 1) : authEndpoint;
        if (base.endsWith("/auth/tokens")) {
            return base;
        }
        if (!base.endsWith("/v3")) {
            base = base + "/v3";
        }
        return base + "/auth/tokens";
    }

    /**
     * Builds the {@code {"auth": {"identity": ..., "scope": ...}}} document.
     *
     * @param credentials what to authenticate with
     * @param scope project or domain scope and user domain
     * @return the request body
     */
    static ObjectNode requestBody(Credentials credentials, AuthScope scope) {
        ObjectNode root = Json.object();
        ObjectNode auth = root.putObject("auth");
        ObjectNode identity = auth.putObject("identity");
        ArrayNode methods = identity.putArray("methods");
        boolean scoped = true;
        if (credentials instanceof Credentials.Password password) {
            methods.add("password");
            ObjectNode user = identity.putObject("password").putObject("user");
            user.put("name", password.username());
            user.set("domain", domain(scope.userDomainId(), scope.userDomainName()));
            user.put("password", password.password());
        } else if (credentials instanceof Credentials.Token token) {
            methods.add("token");
            identity.putObject("token").put("id", token.token());
        } else if (credentials instanceof Credentials.ApplicationCredential appCred) {
            methods.add("application_credential");
            ObjectNode node = identity.putObject("application_credential");
            if (appCred.id() != null) {
                node.put("id", appCred.id());
            } else {
                node.put("name", appCred.name());
                ObjectNode user = node.putObject("user");
                user.put("name", appCred.username());
                user.set("domain", domain(scope.userDomainId(), scope.userDomainName()));
            }
            node.put("secret", appCred.secret());
            // an application credential is bound to its project: keystone refuses a scope with it
            scoped = false;
        } else {
            throw new IllegalArgumentException("keystone v3 takes a password, a token or an application credential, not "
                    + credentials.getClass().getSimpleName() + " credentials (an API key is for rackspace identity)");
        }
        if (scoped) {
            if (scope.hasTenant()) {
                ObjectNode project = auth.putObject("scope").putObject("project");
                if (scope.tenantId() != null) {
                    project.put("id", scope.tenantId());
                } else {
                    project.put("name", scope.tenantName());
                    project.set("domain", domain(scope.projectDomainId(), scope.projectDomainName()));
                }
            } else if (scope.hasDomainScope()) {
                auth.putObject("scope").set("domain", domain(scope.domainId(), scope.domainName()));
            }
        }
        return root;
    }

    private static ObjectNode domain(@Nullable String id, @Nullable String name) {
        ObjectNode domain = Json.object();
        if (id != null) {
            domain.put("id", id);
        } else if (name != null) {
            domain.put("name", name);
        } else {
            domain.put("id", DEFAULT_DOMAIN_ID);
        }
        return domain;
    }

    /**
     * Reads a v3 token response body.
     *
     * @param tokenId the value of {@code X-Subject-Token}
     * @param body the response body
     * @return the token
     */
    static Token parse(String tokenId, JsonNode body) {
        JsonNode token = body.path("token");
        List<String> roles = new ArrayList<>();
        token.path("roles").forEach(role -> {
            if (role.hasNonNull("name")) {
                roles.add(role.get("name").asString());
            }
        });
        JsonNode project = token.path("project");
        JsonNode user = token.path("user");
        return new Token(tokenId, instant(token.path("expires_at")), instant(token.path("issued_at")),
                text(user, "id"), text(user, "name"), text(project, "id"), text(project, "name"), roles,
                ServiceCatalog.fromV3(token.get("catalog")), "v3", null);
    }

    static @Nullable Instant instant(@Nullable JsonNode value) {
        if (value == null || !value.isString() || value.asString().isBlank()) {
            return null;
        }
        String text = value.asString().trim();
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException notOffset) {
            try {
                // keystone v2.0 and older clouds write "2026-11-21T14:00:00Z" or no zone at all (UTC)
                return Instant.parse(text.endsWith("Z") ? text : text + "Z");
            } catch (DateTimeParseException unreadable) {
                return null;
            }
        }
    }

    static @Nullable String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    private static String describe(Credentials credentials) {
        if (credentials instanceof Credentials.ApplicationCredential appCred) {
            return "application credential " + (appCred.id() != null ? appCred.id() : "'" + appCred.name() + "'");
        }
        if (credentials instanceof Credentials.Token) {
            return "the given token";
        }
        return "user '" + credentials.username() + "'";
    }

    static String describeCredentials(Credentials credentials) {
        return describe(credentials);
    }
}
