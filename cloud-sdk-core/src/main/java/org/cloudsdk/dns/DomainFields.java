package org.cloudsdk.dns;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/**
 * The fields of a Cloud DNS domain that {@link Domain} offers typed; the API's names are
 * camelCase already. {@code id} and {@code accountId} are numbers on the wire, read as text.
 */
record DomainFields(
        String id,
        String name,
        @Nullable String emailAddress,
        @Nullable Integer ttl,
        @Nullable String comment,
        @Nullable String accountId,
        @Nullable Instant created,
        @Nullable Instant updated,
        @Nullable List<NameServer> nameservers,
        @Nullable JsonNode recordsList,
        @Nullable JsonNode subdomains) {

    /** One of the domain's name servers. */
    record NameServer(@Nullable String name) {
    }
}
