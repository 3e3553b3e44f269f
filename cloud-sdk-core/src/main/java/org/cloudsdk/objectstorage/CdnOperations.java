package org.cloudsdk.objectstorage;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import org.cloudsdk.errors.NoEndpointForServiceException;
import org.cloudsdk.errors.NoSuchContainerException;
import org.cloudsdk.errors.NoSuchObjectException;
import org.cloudsdk.errors.NotFoundException;
import org.cloudsdk.http.ApiRequest;
import org.cloudsdk.http.ServiceClient;
import org.cloudsdk.identity.ServiceType;
import org.cloudsdk.paging.Listing;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpMethod;

/**
 * The Cloud Files CDN API (Rackspace's {@code rax:object-cdn} endpoint, a Swift-like API of its own
 * that mirrors the account's containers): publishing, properties, log retention, purges and the
 * listing of public containers. Every value is checked before the CDN endpoint is resolved, and a
 * cloud without that endpoint fails with {@link NoEndpointForServiceException} before any request.
 *
 * <p>Thread-safe.
 */
final class CdnOperations {

    /** Syntax only: whether a mailbox exists is the CDN's business. No commas, since they separate. */
    private static final Pattern EMAIL = Pattern.compile("[^\\s@,;<>\"]+@[^\\s@,;<>\"]+\\.[A-Za-z0-9-]{2,}");

    private final @Nullable ServiceClient cdn;
    private final @Nullable String region;
    private final int pageSize;

    /**
     * @param cdn the CDN client, or null when this storage has none (every call then fails)
     * @param region the storage's region, for the error without a CDN client
     * @param pageSize names per listing page
     */
    CdnOperations(@Nullable ServiceClient cdn, @Nullable String region, int pageSize) {
        this.cdn = cdn;
        this.region = region;
        this.pageSize = pageSize;
    }

    /** @return whether a CDN client is configured (its endpoint may still be missing) */
    boolean configured() {
        return cdn != null;
    }

    void makePublic(String container, long ttl) {
        NameRules.container(container);
        CdnInfo.checkTtl(ttl);
        onContainer(container, "make_container_public", client -> client.request(HttpMethod.PUT,
                "make_container_public").path(SwiftPaths.CONTAINER, container).header("X-Cdn-Enabled", "True")
                .header("X-Ttl", ttl));
    }

    void makePrivate(String container) {
        NameRules.container(container);
        onContainer(container, "make_container_private", client -> client.request(HttpMethod.PUT,
                "make_container_private").path(SwiftPaths.CONTAINER, container).header("X-Cdn-Enabled", "False"));
    }

    CdnInfo info(String container) {
        NameRules.container(container);
        ServiceClient client = client();
        try {
            return CdnInfo.fromHeaders(client.execute(client.request(HttpMethod.HEAD, "get_container_cdn_info")
                    .path(SwiftPaths.CONTAINER, container)).headers());
        } catch (NotFoundException neverPublished) {
            // the CDN knows only containers that were published once
            return CdnInfo.notEnabled();
        }
    }

    void setLogRetention(String container, boolean enabled) {
        NameRules.container(container);
        onContainer(container, "set_cdn_log_retention", client -> client.request(HttpMethod.POST,
                "set_cdn_log_retention").path(SwiftPaths.CONTAINER, container)
                .header("X-Log-Retention", enabled ? "True" : "False")
                // setting a flag to the same value twice is harmless
                .idempotent(true));
    }

    void purge(String container, String name, @Nullable Collection<String> emailAddresses) {
        NameRules.container(container);
        NameRules.object(name);
        String emails = emails(emailAddresses);
        ServiceClient client = client();
        try {
            client.execute(client.request(HttpMethod.DELETE, "purge_cdn_object").path(SwiftPaths.OBJECT, container, name)
                    .header("X-Purge-Email", emails)
                    // each purge counts against a small daily quota: never resend one whose answer was lost
                    .idempotent(false));
        } catch (NotFoundException e) {
            throw new NoSuchObjectException(container, name, "cannot purge '" + name + "' of container '"
                    + container + "' from the CDN: the CDN does not know it (" + e.getMessage() + ")", e.details(), e);
        }
    }

    List<String> listPublicContainers() {
        return Listing.builder(client(), "list_public_containers", SwiftListings.BY_NAME,
                entry -> entry.path("name").asString()).query("format", "json").query("enabled_only", "true")
                .limit(pageSize).noContentAsEmpty().build().stream().toList();
    }

    /**
     * @param emailAddresses addresses to notify, or null
     * @return them comma-separated, or null for none
     */
    static @Nullable String emails(@Nullable Collection<String> emailAddresses) {
        if (emailAddresses == null || emailAddresses.isEmpty()) {
            return null;
        }
        List<String> checked = new ArrayList<>();
        for (String address : emailAddresses) {
            String trimmed = address == null ? "" : address.trim();
            if (!EMAIL.matcher(trimmed).matches()) {
                throw new IllegalArgumentException("emailAddresses must hold e-mail addresses such as "
                        + "'ops@example.com', was '" + address + "'");
            }
            checked.add(trimmed);
        }
        return String.join(", ", checked);
    }

    private void onContainer(String container, String operation, RequestFactory request) {
        ServiceClient client = client();
        try {
            client.execute(request.build(client));
        } catch (NotFoundException e) {
            throw new NoSuchContainerException(container, operation + ": the CDN has no container '" + container
                    + "' (it must exist in storage, and be public for this change) (" + e.getMessage() + ")",
                    e.details(), e);
        }
    }

    private ServiceClient client() {
        if (cdn == null) {
            throw new NoEndpointForServiceException(ServiceType.OBJECT_CDN.serviceName(), region, "public", List.of(),
                    "this object storage has no CDN client: CDN operations need the "
                            + ServiceType.OBJECT_CDN.serviceName() + " service (catalog type "
                            + String.join(" or ", ServiceType.OBJECT_CDN.catalogTypes())
                            + "), which Rackspace Cloud Files offers; build ObjectStorage with a CDN ServiceClient "
                            + "or get it from CloudContext.objectStorage()");
        }
        return cdn;
    }

    @FunctionalInterface
    private interface RequestFactory {
        ApiRequest.Builder build(ServiceClient client);
    }

    @Override
    public String toString() {
        return "CdnOperations[" + Objects.toString(cdn, "no CDN") + "]";
    }
}
