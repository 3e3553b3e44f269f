package org.cloudsdk.objectstorage;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The rules names must follow, checked before any request so that a bad name fails at once with a
 * message naming the parameter and the rule.
 */
final class NameRules {

    /** Swift's {@code max_container_name_length}. */
    static final int MAX_CONTAINER_NAME_BYTES = 256;
    /** Swift's {@code max_object_name_length}. */
    static final int MAX_OBJECT_NAME_BYTES = 1024;

    private NameRules() {
    }

    /**
     * @param parameter the parameter's name, for the message
     * @param name a container name
     * @return the name
     */
    static String container(String parameter, String name) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException(parameter + " must be a non-empty container name");
        }
        if (name.indexOf('/') >= 0) {
            throw new IllegalArgumentException(parameter + " must not contain '/' (containers cannot nest), was '"
                    + name + "'");
        }
        int bytes = name.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_CONTAINER_NAME_BYTES) {
            throw new IllegalArgumentException(parameter + " must be at most " + MAX_CONTAINER_NAME_BYTES
                    + " bytes in UTF-8, was " + bytes);
        }
        return name;
    }

    /** @param name a container name @return the name */
    static String container(String name) {
        return container("container", name);
    }

    /**
     * @param parameter the parameter's name, for the message
     * @param name an object name
     * @return the name
     */
    static String object(String parameter, String name) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException(parameter + " must be a non-empty object name");
        }
        int bytes = name.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_OBJECT_NAME_BYTES) {
            throw new IllegalArgumentException(parameter + " must be at most " + MAX_OBJECT_NAME_BYTES
                    + " bytes in UTF-8, was " + bytes);
        }
        return name;
    }

    /** @param name an object name @return the name */
    static String object(String name) {
        return object("name", name);
    }

    /**
     * Where an object is downloaded to. Object names come from the server (or from whoever wrote
     * the container), so a name is never trusted to stay inside the directory: absolute names,
     * {@code .} and {@code ..} segments, empty segments, backslashes and NUL are refused outright
     * rather than "cleaned", and the result is checked once more to lie under the directory.
     *
     * @param directory an existing directory
     * @param name the object name
     * @param structure true to keep the name's pseudo-folders as sub-directories, false to use its
     *     last segment only
     * @return the file to write
     */
    static Path downloadTarget(Path directory, String name, boolean structure) {
        if (directory == null || !Files.isDirectory(directory)) {
            throw new IllegalArgumentException("directory must be an existing directory, was " + directory);
        }
        object(name);
        if (name.indexOf('\0') >= 0) {
            throw unsafe(name, "it contains a NUL character");
        }
        if (name.indexOf('\\') >= 0) {
            throw unsafe(name, "it contains a backslash");
        }
        if (name.startsWith("/")) {
            throw unsafe(name, "it is absolute (starts with '/')");
        }
        String[] segments = name.split("/", -1);
        for (String segment : segments) {
            if (segment.isEmpty()) {
                throw unsafe(name, "it has an empty path segment ('//' or a trailing '/')");
            }
            if (segment.equals(".") || segment.equals("..")) {
                throw unsafe(name, "it has a '" + segment + "' segment");
            }
        }
        Path base = directory.toAbsolutePath().normalize();
        Path target = structure ? base.resolve(name) : base.resolve(segments[segments.length - 1]);
        target = target.normalize();
        if (!target.startsWith(base) || target.equals(base)) {
            throw unsafe(name, "it resolves outside " + base);
        }
        return target;
    }

    private static IllegalArgumentException unsafe(String name, String why) {
        return new IllegalArgumentException("object name '" + name.replace("\0", "\\0")
                + "' cannot be downloaded to a file: " + why);
    }
}
