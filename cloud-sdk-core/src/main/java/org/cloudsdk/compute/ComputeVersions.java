package org.cloudsdk.compute;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.cloudsdk.errors.UnsupportedMicroversionException;
import org.cloudsdk.http.ApiMicroversions;
import org.cloudsdk.http.ApiRequest;
import org.cloudsdk.http.Microversion;
import org.cloudsdk.http.MicroversionRange;
import org.cloudsdk.http.ServiceClient;
import org.jspecify.annotations.Nullable;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The microversion each compute request is sent with: the one the client was pinned to, or the
 * newest the server and this SDK both support, lowered for the operations Nova changed or removed
 * in later versions (its image API ends at 2.35, server files at 2.56), so that every operation of
 * pyrax's chapter works whatever version is in effect. A cloud that publishes no microversions
 * (Rackspace) gets none.
 *
 * <p>Thread-safe; the server's range and the negotiated version are read once per client.
 */
final class ComputeVersions {

    /** The microversions this SDK's compute client was written for. */
    static final MicroversionRange SUPPORTED = MicroversionRange.of("2.1", "2.90");
    /** Nova's image proxy API answers 404 from 2.36 on. */
    static final Microversion LAST_IMAGE_API = Microversion.parse("2.35");
    /** Server personality (files) was removed in 2.57. */
    static final Microversion LAST_WITH_FILES = Microversion.parse("2.56");
    /** Nova stopped generating key pairs in 2.92. */
    static final Microversion LAST_GENERATING_KEYS = Microversion.parse("2.91");
    /** From 2.37 on, a new server must say which networks it gets ({@code auto} for the default). */
    static final Microversion NETWORKS_REQUIRED = Microversion.parse("2.37");
    /** From 2.45 on, createImage answers the image id in its body instead of a Location header. */
    static final Microversion IMAGE_ID_IN_BODY = Microversion.parse("2.45");

    private static final String LEGACY_HEADER = "X-OpenStack-Nova-API-Version";

    private final ApiMicroversions versions;
    private final @Nullable Microversion pinned;
    /** Holder of the version in effect, once known; an empty Optional means "the server has none". */
    private volatile @Nullable Optional<Microversion> effective;

    private ComputeVersions(ApiMicroversions versions, @Nullable Microversion pinned) {
        this.versions = versions;
        this.pinned = pinned;
    }

    /**
     * @param client the compute client
     * @param requested a microversion such as {@code 2.79}, {@code latest} or null (both negotiate)
     */
    static ComputeVersions of(ServiceClient client, @Nullable String requested) {
        // Nova's version document is its endpoint itself (/v2.1)
        ApiMicroversions versions = new ApiMicroversions(client, "compute", LEGACY_HEADER, url -> url, SUPPORTED);
        return new ComputeVersions(versions, parse(requested));
    }

    /** The same server range cache, another requested version. */
    ComputeVersions withRequested(String requested) {
        return new ComputeVersions(versions, parse(requested));
    }

    private static @Nullable Microversion parse(@Nullable String requested) {
        if (requested == null || requested.isBlank() || requested.trim().toLowerCase(Locale.ROOT).equals("latest")) {
            return null;
        }
        Microversion version = Microversion.parse(requested.trim());
        if (!SUPPORTED.contains(version)) {
            throw new IllegalArgumentException("microversion " + version + " of compute is outside what this SDK supports ("
                    + SUPPORTED + ")");
        }
        return version;
    }

    /**
     * @return the version in effect (blocking on the first call, which reads the server's range)
     * @throws UnsupportedMicroversionException when the server does not support the pinned version
     */
    Optional<Microversion> effective() {
        Optional<Microversion> known = effective;
        if (known == null) {
            known = Optional.ofNullable(pinned == null ? versions.negotiate() : check(pinned));
            effective = known;
        }
        return known;
    }

    /** @return the version in effect, read off the caller's thread when not yet known */
    Mono<Optional<Microversion>> effectiveAsync() {
        Optional<Microversion> known = effective;
        return known != null ? Mono.just(known)
                : Mono.fromCallable(this::effective).subscribeOn(Schedulers.boundedElastic());
    }

    private Microversion check(Microversion version) {
        MicroversionRange server = versions.serverRange();
        if (server == null) {
            throw new UnsupportedMicroversionException("compute", "compute: microversion " + version
                    + " was asked for, but the server publishes no microversions");
        }
        if (!server.contains(version)) {
            throw new UnsupportedMicroversionException("compute", "compute: microversion " + version
                    + " is not supported by the server (" + server + "); this SDK supports " + SUPPORTED);
        }
        return version;
    }

    /**
     * @param version the version in effect
     * @param cap the last version the operation works in, or null
     * @return the version to send: the one in effect, lowered to the cap
     */
    static Optional<Microversion> capped(Optional<Microversion> version, @Nullable Microversion cap) {
        if (cap == null || version.isEmpty() || version.get().compareTo(cap) <= 0) {
            return version;
        }
        return Optional.of(cap);
    }

    /** Puts the version's headers on a request (none when the cloud has no microversions). */
    ApiRequest.Builder apply(ApiRequest.Builder request, Optional<Microversion> version) {
        version.ifPresent(v -> headers(v).forEach(request::setHeader));
        return request;
    }

    Map<String, String> headers(Microversion version) {
        return versions.headers(Objects.requireNonNull(version));
    }

    /** @return the server's range, or null when it publishes none */
    @Nullable MicroversionRange serverRange() {
        return versions.serverRange();
    }
}
