package org.cloudsdk.blockstorage;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.cloudsdk.util.Arguments;
import org.jspecify.annotations.Nullable;

/**
 * The limits of the "Cloud Block Storage" chapter and of Cinder, checked before any request.
 * Rackspace: {@value #RACKSPACE_MIN_GB} to {@value #RACKSPACE_MAX_GB} GB, for SATA as the chapter
 * says and for SSD too (the Rackspace documentation this SDK was checked against gives SSD no
 * minimum of its own). Stock Cinder: any positive size (the cloud's quotas and backends decide the
 * rest). Names, descriptions, metadata keys and values: Cinder's 255 characters.
 */
final class VolumeLimits {

    static final int RACKSPACE_MIN_GB = 100;
    static final int RACKSPACE_MAX_GB = 1024;
    static final int MAX_NAME_LENGTH = 255;

    private VolumeLimits() {
    }

    /** Any provider's first check, made before the provider is known: a positive size. */
    static int positive(int size) {
        if (size < 1) {
            throw new IllegalArgumentException("size must be a positive number of GB, was " + size);
        }
        return size;
    }

    /**
     * @param size the size asked for, in GB
     * @param volumeType the type asked for, or null for the provider's default
     * @param provider the API the endpoint speaks
     * @return the size
     */
    static int size(int size, @Nullable String volumeType, BlockStorageProvider provider) {
        if (provider == BlockStorageProvider.RACKSPACE) {
            if (size < RACKSPACE_MIN_GB || size > RACKSPACE_MAX_GB) {
                String type = volumeType == null ? "SATA" : volumeType.toUpperCase(Locale.ROOT);
                throw new IllegalArgumentException("size must be " + RACKSPACE_MIN_GB + " to " + RACKSPACE_MAX_GB
                        + " GB for a " + type + " volume of Rackspace Cloud Block Storage, was " + size);
            }
            return size;
        }
        return positive(size);
    }

    /** A name or description: may be empty (the chapter's default), at most 255 characters. */
    static String text(String value, String parameter) {
        Objects.requireNonNull(value, parameter + " must not be null");
        if (value.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException(parameter + " must be at most " + MAX_NAME_LENGTH + " characters, was "
                    + value.length());
        }
        return value;
    }

    /** An id or a lookup name: not blank. */
    static String id(@Nullable String value, String parameter) {
        return Arguments.requireText(value, parameter);
    }

    /** Metadata: keys of 1 to 255 characters, values of at most 255; a copy in the caller's order. */
    static Map<String, String> metadata(Map<String, String> metadata, String parameter) {
        Objects.requireNonNull(metadata, parameter + " must not be null");
        Map<String, String> copy = new LinkedHashMap<>();
        metadata.forEach((key, value) -> {
            if (key == null || key.isEmpty() || key.length() > MAX_NAME_LENGTH) {
                throw new IllegalArgumentException(parameter + " keys must be 1 to " + MAX_NAME_LENGTH
                        + " characters, was " + (key == null ? "null" : key.length() + " characters"));
            }
            if (value == null || value.length() > MAX_NAME_LENGTH) {
                throw new IllegalArgumentException(parameter + " value of '" + key + "' must be a string of at most "
                        + MAX_NAME_LENGTH + " characters");
            }
            copy.put(key, value);
        });
        return java.util.Collections.unmodifiableMap(copy);
    }
}
