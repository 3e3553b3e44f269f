package org.cloudsdk.database;

/**
 * pyrax's {@code InvalidVolumeResize}: a volume can only grow, so a new size that is not larger
 * than the current one is refused before any request. It is an {@link IllegalArgumentException}
 * like every other bad argument of the SDK.
 */
public class InvalidVolumeResizeException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final int currentSize;
    private final int requestedSize;

    /**
     * @param currentSize the volume's size now, in GB
     * @param requestedSize the size asked for, in GB
     */
    public InvalidVolumeResizeException(int currentSize, int requestedSize) {
        super("size: the new volume size must be larger than the current " + currentSize + " GB (a volume cannot shrink), was "
                + requestedSize);
        this.currentSize = currentSize;
        this.requestedSize = requestedSize;
    }

    /** @return the volume's size when the resize was asked for, in GB */
    public int currentSize() {
        return currentSize;
    }

    /** @return the size asked for, in GB */
    public int requestedSize() {
        return requestedSize;
    }
}
