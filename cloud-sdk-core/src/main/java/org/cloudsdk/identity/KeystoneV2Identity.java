package org.cloudsdk.identity;

import java.util.ArrayList;
import java.util.List;

import org.cloudsdk.errors.AuthenticationFailedException;
import org.cloudsdk.errors.CloudException;
import org.cloudsdk.http.ApiResponse;
import org.cloudsdk.http.Json;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Keystone identity v2.0 ({@code POST /v2.0/tokens}): password or token, scoped to a tenant by id
 * or name. The tenant is sent as {@code tenantId}/{@code tenantName}, never in place of the user
 * name (a pyrax mistake). Rackspace's identity speaks the same format with API keys added: see
 * {@link RackspaceIdentity}.
 */
public class KeystoneV2Identity implements IdentityProvider {

    @Override
    public String name() {
        return "v2.0";
    }

    @Override
    public Token authenticate(AuthenticationRequest request) {
        String endpoint = endpoint(request);
        String url = tokensUrl(endpoint);
        ObjectNode body = requestBody(request.credentials(), request.scope());
        ApiResponse response;
        try {
            response = request.http().postJson(url, "authenticate", body);
        } catch (AuthenticationFailedException refused) {
            throw IdentityHttp.authenticationFailed(refused,
                    KeystoneV3Identity.describeCredentials(request.credentials()), url);
        }
        return parse(response.json(), name());
    }

    /**
     * @param request the request
     * @return the identity URL to use
     */
    protected String endpoint(AuthenticationRequest request) {
        if (request.authEndpoint() == null) {
            throw new IllegalArgumentException("auth_endpoint must be set for keystone identity");
        }
        return request.authEndpoint();
    }

    static String tokensUrl(String authEndpoint) {
        String base = authEndpoint.endsWith("/") ? authEndpoint.substring(0, authEndpoint.length() - 1) : authEndpoint;
        if (base.endsWith("/tokens")) {
            return base;
        }
        if (!base.endsWith("/v2.0")) {
            base = base + "/v2.0";
        }
        return base + "/tokens";
    }

    /**
     * Builds the {@code {"auth": {...}}} document.
     *
     * @param credentials password, API key or token
     * @param scope the tenant, if any
     * @return the body
     */
    protected ObjectNode requestBody(Credentials credentials, AuthScope scope) {
        ObjectNode root = Json.object();
        ObjectNode auth = root.putObject("auth");
        if (credentials instanceof Credentials.Password password) {
            ObjectNode node = auth.putObject("passwordCredentials");
            node.put("username", password.username());
            node.put("password", password.password());
        } else if (credentials instanceof Credentials.Token token) {
            auth.putObject("token").put("id", token.token());
        } else if (credentials instanceof Credentials.ApiKey apiKey && acceptsApiKey()) {
            ObjectNode node = auth.putObject("RAX-KSKEY:apiKeyCredentials");
            node.put("username", apiKey.username());
            node.put("apiKey", apiKey.apiKey());
        } else {
            throw new IllegalArgumentException(name() + " identity takes " + (acceptsApiKey()
                    ? "a password, an API key or a token" : "a password or a token") + ", not "
                    + credentials.getClass().getSimpleName() + " credentials");
        }
        if (scope.tenantId() != null) {
            auth.put("tenantId", scope.tenantId());
        } else if (scope.tenantName() != null) {
            auth.put("tenantName", scope.tenantName());
        }
        return root;
    }

    /** @return whether Rackspace API keys are accepted */
    protected boolean acceptsApiKey() {
        return false;
    }

    /**
     * Reads a v2.0 {@code {"access": {"token", "user", "serviceCatalog"}}} response.
     *
     * @param body the response body
     * @param version the version name to record
     * @return the token
     */
    static Token parse(JsonNode body, String version) {
        JsonNode access = body.path("access");
        JsonNode token = access.path("token");
        JsonNode tenant = token.path("tenant");
        JsonNode user = access.path("user");
        List<String> roles = new ArrayList<>();
        user.path("roles").forEach(role -> {
            if (role.hasNonNull("name")) {
                roles.add(role.get("name").asString());
            }
        });
        String id = KeystoneV3Identity.text(token, "id");
        if (id == null || id.isBlank()) {
            // the server's answer is at fault, not the caller's input
            throw new CloudException("the identity service answered without a token (access.token.id)");
        }
        String defaultRegion = KeystoneV3Identity.text(user, "RAX-AUTH:defaultRegion");
        return new Token(id, KeystoneV3Identity.instant(token.path("expires")),
                KeystoneV3Identity.instant(token.path("issued_at")), KeystoneV3Identity.text(user, "id"),
                KeystoneV3Identity.text(user, "name"), KeystoneV3Identity.text(tenant, "id"),
                KeystoneV3Identity.text(tenant, "name"), roles, ServiceCatalog.fromV2(access.get("serviceCatalog")),
                version, defaultRegion == null || defaultRegion.isBlank() ? null : defaultRegion);
    }
}
