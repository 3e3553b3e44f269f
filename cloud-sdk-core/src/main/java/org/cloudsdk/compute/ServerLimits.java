package org.cloudsdk.compute;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The limits of the "Working with Cloud Servers" chapter, checked before any request: metadata of
 * at most {@value #MAX_METADATA_ITEMS} string pairs, at most {@value #MAX_FILES} text files of at
 * most {@value #MAX_FILES_BYTES} bytes in all, at absolute paths; Nova's 255-character names,
 * metadata keys and values.
 */
final class ServerLimits {

    static final int MAX_METADATA_ITEMS = 5;
    static final int MAX_FILES = 5;
    static final int MAX_FILES_BYTES = 2048;
    static final int MAX_NAME_LENGTH = 255;
    static final int MAX_PATH_BYTES = 255;
    static final int MAX_USER_DATA_BYTES = 65535;

    private ServerLimits() {
    }

    static String name(String name, String parameter) {
        Objects.requireNonNull(name, parameter + " must not be null");
        if (name.isBlank()) {
            throw new IllegalArgumentException(parameter + " must not be blank");
        }
        if (name.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException(parameter + " must be at most " + MAX_NAME_LENGTH + " characters, was "
                    + name.length());
        }
        return name;
    }

    /** Metadata given when a server is created or rebuilt: the chapter's 5 pairs. */
    static Map<String, String> createMetadata(Map<String, String> metadata) {
        if (metadata.size() > MAX_METADATA_ITEMS) {
            throw new IllegalArgumentException("metadata may hold at most " + MAX_METADATA_ITEMS + " pairs, was "
                    + metadata.size());
        }
        return metadata(metadata, "metadata");
    }

    /** Metadata keys and values: non-null strings of 1 to 255 characters (keys) and up to 255 (values). */
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
                        + MAX_NAME_LENGTH + " characters, was " + (value == null ? "null" : value.length() + " characters"));
            }
            copy.put(key, value);
        });
        return java.util.Collections.unmodifiableMap(copy);
    }

    /** Files to write on a server (Nova's personality): text only, within the chapter's limits. */
    static Map<String, String> files(Map<String, String> files) {
        Objects.requireNonNull(files, "files must not be null");
        if (files.size() > MAX_FILES) {
            throw new IllegalArgumentException("files may hold at most " + MAX_FILES + " files, was " + files.size());
        }
        int total = 0;
        for (Map.Entry<String, String> file : files.entrySet()) {
            String path = file.getKey();
            if (path == null || !path.startsWith("/") || path.getBytes(StandardCharsets.UTF_8).length > MAX_PATH_BYTES) {
                throw new IllegalArgumentException("files: the path '" + path + "' must be absolute and at most "
                        + MAX_PATH_BYTES + " bytes");
            }
            String content = Objects.requireNonNull(file.getValue(), "files: the content of " + path + " must not be null");
            if (content.indexOf('\0') >= 0) {
                throw new IllegalArgumentException("files: " + path + " is binary (it holds a NUL character); only text files"
                        + " can be written to a server");
            }
            total += content.getBytes(StandardCharsets.UTF_8).length;
        }
        if (total > MAX_FILES_BYTES) {
            throw new IllegalArgumentException("files must hold at most " + MAX_FILES_BYTES + " bytes in all, were "
                    + total);
        }
        return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(files));
    }

    /** Reads a local file's bytes as text for {@link #files}, refusing what is not UTF-8 text. */
    static String text(byte[] bytes, String path) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("files: " + path + " is not UTF-8 text; only text files can be written"
                    + " to a server", e);
        }
    }

    static String userData(String userData) {
        int encoded = (userData.getBytes(StandardCharsets.UTF_8).length + 2) / 3 * 4;
        if (encoded > MAX_USER_DATA_BYTES) {
            throw new IllegalArgumentException("userData must be at most " + MAX_USER_DATA_BYTES
                    + " bytes once base64-encoded, was " + encoded);
        }
        return userData;
    }
}
