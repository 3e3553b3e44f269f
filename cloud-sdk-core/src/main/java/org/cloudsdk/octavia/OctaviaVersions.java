package org.cloudsdk.octavia;

import java.util.concurrent.atomic.AtomicReference;

import org.cloudsdk.errors.UnsupportedMicroversionException;
import org.cloudsdk.http.ApiRequest;
import org.cloudsdk.http.Microversion;
import org.cloudsdk.http.ServiceClient;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpMethod;

import reactor.core.publisher.Mono;

import tools.jackson.databind.JsonNode;

/**
 * The API version of an Octavia endpoint. Octavia sends no microversion header: its root document
 * lists every minor version it serves ({@code v2.0} to {@code v2.N}), each a superset of the one
 * before, under the same {@code /v2} path. The document is read once per client, on the first
 * call that needs it (a field or value newer than 2.0), and the newest listed version is the
 * endpoint's; a failed read is not remembered. A document without versions reads as 2.0.
 *
 * <p>Thread-safe.
 */
final class OctaviaVersions {

    /** The first version of the v2 API: every Octavia serves it. */
    static final Microversion BASE = Microversion.parse("2.0");
    /** Tags on every object and the tag filters of listings. */
    static final Microversion TAGS = Microversion.parse("2.5");
    /** Load balancer flavors. */
    static final Microversion FLAVORS = Microversion.parse("2.6");
    /** A health monitor's {@code http_version} and {@code domain_name}. */
    static final Microversion MONITOR_HOST_HEADER = Microversion.parse("2.10");
    /** The batch member update's {@code additive_only}. */
    static final Microversion ADDITIVE_MEMBERS = Microversion.parse("2.11");
    /** A listener's {@code allowed_cidrs} (the VIP access list). */
    static final Microversion ALLOWED_CIDRS = Microversion.parse("2.12");
    /** Availability zones. */
    static final Microversion AVAILABILITY_ZONES = Microversion.parse("2.14");
    /** An L7 policy's {@code redirect_http_code}. */
    static final Microversion REDIRECT_CODE = Microversion.parse("2.9");
    /** Listener timeouts. */
    static final Microversion TIMEOUTS = Microversion.parse("2.1");
    /** Session persistence timeout and granularity (UDP and SCTP pools). */
    static final Microversion PERSISTENCE_TIMEOUT = Microversion.parse("2.2");

    private final ServiceClient client;
    private final OctaviaPaths paths;
    private final AtomicReference<@Nullable Microversion> known = new AtomicReference<>();

    OctaviaVersions(ServiceClient client, OctaviaPaths paths) {
        this.client = client;
        this.paths = paths;
    }

    /** @return the newest version the endpoint lists, read once */
    Mono<Microversion> current() {
        Microversion cached = known.get();
        if (cached != null) {
            return Mono.just(cached);
        }
        return client.endpointUrlAsync().flatMap(url -> client.transport().exchange(ApiRequest.builder(
                client.service(), "getVersions", HttpMethod.GET).region(client.region())
                .baseUrl(paths.versionRoot(url)).path("/").build(), client.session()))
                .map(response -> {
                    Microversion read = newest(response.json());
                    known.compareAndSet(null, read);
                    return read;
                });
    }

    /**
     * @param needed the version a field or value needs
     * @param what the field or value, for the message ({@code tags}, {@code allowed_cidrs})
     * @return completes when the endpoint serves it; fails with
     *     {@link UnsupportedMicroversionException} naming both versions otherwise
     */
    Mono<Void> require(Microversion needed, String what) {
        if (needed.compareTo(BASE) <= 0) {
            return Mono.empty();
        }
        return current().flatMap(version -> version.compareTo(needed) >= 0 ? Mono.<Void>empty()
                : Mono.error(new UnsupportedMicroversionException(client.service(), client.service() + ": " + what
                        + " needs Octavia API " + needed + " or later; this endpoint serves up to " + version)));
    }

    static Microversion newest(JsonNode document) {
        Microversion newest = BASE;
        for (JsonNode version : document.path("versions")) {
            String id = version.path("id").asString("");
            if (!id.startsWith("v2.")) {
                continue;
            }
            try {
                Microversion parsed = Microversion.parse(id.substring(1));
                if (parsed.compareTo(newest) > 0) {
                    newest = parsed;
                }
            } catch (IllegalArgumentException notAVersion) {
                // an id this SDK cannot read says nothing about the v2 API
            }
        }
        return newest;
    }
}
