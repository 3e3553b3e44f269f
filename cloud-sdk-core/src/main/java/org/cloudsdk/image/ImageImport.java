package org.cloudsdk.image;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * A method of Glance's interoperable import ({@link Images#importImage(String, ImageImport)}):
 * {@code glance-direct} takes the data staged with {@link Images#stageData}, {@code web-download}
 * has Glance fetch it from a URL (an object storage temporary URL, say). Which methods a cloud
 * offers: {@link Images#importMethods()}. Immutable.
 */
public final class ImageImport {

    /** The method of data staged with {@code stageData}. */
    public static final String GLANCE_DIRECT = "glance-direct";

    /** The method of data Glance fetches from a URL. */
    public static final String WEB_DOWNLOAD = "web-download";

    private final String method;
    private final @Nullable URI uri;

    private ImageImport(String method, @Nullable URI uri) {
        this.method = method;
        this.uri = uri;
    }

    /** @return {@code glance-direct}: import the data staged for the image */
    public static ImageImport glanceDirect() {
        return new ImageImport(GLANCE_DIRECT, null);
    }

    /**
     * @param uri an http or https URL Glance can reach, such as a temporary URL of an object
     * @return {@code web-download} of that URL
     */
    public static ImageImport webDownload(URI uri) {
        Objects.requireNonNull(uri, "uri must not be null");
        String scheme = uri.getScheme();
        if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                || uri.getHost() == null) {
            throw new IllegalArgumentException("uri must be an absolute http or https URL, was " + uri);
        }
        return new ImageImport(WEB_DOWNLOAD, uri);
    }

    /** @return the method's name */
    public String method() {
        return method;
    }

    /** @return the URL of a web download */
    public Optional<URI> uri() {
        return Optional.ofNullable(uri);
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof ImageImport o && method.equals(o.method) && Objects.equals(uri, o.uri);
    }

    @Override
    public int hashCode() {
        return Objects.hash(method, uri);
    }

    /** A temporary URL's signature stays out of logs: the query is not shown. */
    @Override
    public String toString() {
        return "ImageImport[" + method + (uri == null ? "" : ", " + uri.getScheme() + "://" + uri.getRawAuthority()
                + uri.getRawPath()) + "]";
    }
}
