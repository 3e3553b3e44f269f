package org.cloudsdk.blockstorage;

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

/**
 * The microversion of Cinder requests: the one the client was pinned to, or the newest both Cinder
 * and this SDK support. Cinder publishes its range in the version document one level above its
 * endpoint (the endpoint ends with the project id: {@code .../v3/{project}}, the document is
 * {@code .../v3/}, trailing slash included). Rackspace Cloud Block Storage has none and is never
 * asked.
 *
 * <p>Thread-safe; the server's range and the negotiated version are read once per client.
 */
final class BlockStorageVersions {

    /** The microversions this SDK's block storage client was written for. */
    static final MicroversionRange SUPPORTED = MicroversionRange.of("3.0", "3.70");

    private final ApiMicroversions versions;
    private final @Nullable Microversion pinned;
    /** The version in effect once known; an empty Optional means "the server has none". */
    private volatile @Nullable Optional<Microversion> effective;

    private BlockStorageVersions(ApiMicroversions versions, @Nullable Microversion pinned) {
        this.versions = versions;
        this.pinned = pinned;
    }

    /**
     * @param client the block storage client
     * @param requested a microversion such as {@code 3.59}, {@code latest} or null (both negotiate)
     */
    static BlockStorageVersions of(ServiceClient client, @Nullable String requested) {
        ApiMicroversions versions = new ApiMicroversions(client, "volume", null,
                BlockStorageVersions::versionDocumentUrl, SUPPORTED);
        return new BlockStorageVersions(versions, parse(requested));
    }

    /** The same server range cache, another requested version. */
    BlockStorageVersions withRequested(String requested) {
        return new BlockStorageVersions(versions, parse(requested));
    }

    /**
     * @param endpoint the endpoint, such as {@code http://host:8776/v3/36fa...}
     * @return its version document: one level up, or the endpoint itself when it names no project
     *     ({@code http://host:8776/v3}, as Cinder allows from 3.67 on), with a trailing slash
     */
    static String versionDocumentUrl(String endpoint) {
        String url = endpoint.endsWith("/") ? endpoint.substring(0, endpoint.length() - 1) : endpoint;
        String last = url.substring(url.lastIndexOf('/') + 1);
        if (last.matches("v\\d+(\\.\\d+)?")) {
            return url + "/";
        }
        return url.substring(0, url.lastIndexOf('/') + 1);
    }

    private static @Nullable Microversion parse(@Nullable String requested) {
        if (requested == null || requested.isBlank() || requested.trim().toLowerCase(Locale.ROOT).equals("latest")) {
            return null;
        }
        Microversion version = Microversion.parse(requested.trim());
        if (!SUPPORTED.contains(version)) {
            throw new IllegalArgumentException("microversion " + version + " of block storage is outside what this SDK"
                    + " supports (" + SUPPORTED + ")");
        }
        return version;
    }

    /**
     * @param provider the API the endpoint speaks
     * @return the version in effect (blocking on the first call, which reads the server's range);
     *     none for Rackspace
     * @throws UnsupportedMicroversionException when the server does not support the pinned version
     */
    Optional<Microversion> effective(BlockStorageProvider provider) {
        if (provider == BlockStorageProvider.RACKSPACE) {
            return Optional.empty();
        }
        Optional<Microversion> known = effective;
        if (known == null) {
            known = Optional.ofNullable(pinned == null ? versions.negotiate() : check(pinned));
            effective = known;
        }
        return known;
    }

    private Microversion check(Microversion version) {
        MicroversionRange server = versions.serverRange();
        if (server == null) {
            throw new UnsupportedMicroversionException("volume", "volume: microversion " + version
                    + " was asked for, but the server publishes no microversions");
        }
        if (!server.contains(version)) {
            throw new UnsupportedMicroversionException("volume", "volume: microversion " + version
                    + " is not supported by the server (" + server + "); this SDK supports " + SUPPORTED);
        }
        return version;
    }

    /** Puts the version's headers on a request (none when there is no version). */
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
