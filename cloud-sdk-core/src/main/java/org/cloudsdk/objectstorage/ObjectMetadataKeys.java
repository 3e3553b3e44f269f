package org.cloudsdk.objectstorage;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * The object metadata this SDK writes, and that folder sync reads back: the names in one place,
 * each as the header it is sent as and as the lower-case key under which
 * {@link ObjectStorage#getObjectMetadata(String, String)} returns it.
 *
 * <ul>
 * <li>{@value #MTIME_HEADER}: the modification time of the file an object was uploaded from, in
 * seconds since the epoch with a fractional part ({@code 1700000000.123456}), the form the
 * {@code swift} CLI and rclone write, so objects uploaded by either tool compare alike.</li>
 * <li>{@value #CONTENT_MD5_HEADER}: the MD5 of the whole content of a segmented (large) object,
 * stored on its manifest, because a large object's {@code ETag} is not the MD5 of its content (an
 * SLO's is the MD5 of its segments' ETags, a DLO's the MD5 of their concatenated ETags).</li>
 * </ul>
 */
public final class ObjectMetadataKeys {

    /** The header carrying a file's modification time. */
    public static final String MTIME_HEADER = "X-Object-Meta-Mtime";

    /** {@link #MTIME_HEADER} as a key of {@code getObjectMetadata}. */
    public static final String MTIME = "x-object-meta-mtime";

    /** The header carrying the MD5 of a large object's whole content. */
    public static final String CONTENT_MD5_HEADER = "X-Object-Meta-Cloudsdk-Md5";

    /** {@link #CONTENT_MD5_HEADER} as a key of {@code getObjectMetadata}. */
    public static final String CONTENT_MD5 = "x-object-meta-cloudsdk-md5";

    private static final int MTIME_DECIMALS = 6;

    private ObjectMetadataKeys() {
    }

    /**
     * @param time a modification time
     * @return it as {@value #MTIME_HEADER} is written: seconds with six decimals, as the
     *     {@code swift} CLI writes it (microseconds: a double, as Python holds it, has no more)
     */
    public static String mtimeValue(Instant time) {
        BigDecimal seconds = BigDecimal.valueOf(time.getEpochSecond())
                .add(BigDecimal.valueOf(time.getNano(), 9));
        return seconds.setScale(MTIME_DECIMALS, RoundingMode.HALF_EVEN).toPlainString();
    }

    /**
     * @param value a {@value #MTIME_HEADER} value as any tool wrote it ({@code 1700000000},
     *     {@code 1700000000.5}, rclone's nine decimals), or null
     * @return the instant (to the nanosecond given), or null when absent or not a number
     */
    public static @Nullable Instant parseMtime(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            BigDecimal seconds = new BigDecimal(value.trim());
            BigDecimal whole = seconds.setScale(0, RoundingMode.FLOOR);
            long nanos = seconds.subtract(whole).movePointRight(9).setScale(0, RoundingMode.HALF_EVEN).longValueExact();
            return Instant.ofEpochSecond(whole.longValueExact(), nanos);
        } catch (NumberFormatException | ArithmeticException | java.time.DateTimeException notATime) {
            return null;
        }
    }
}
