package org.cloudsdk.util;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.jspecify.annotations.Nullable;

/**
 * MD5 checksums as lower-case hex, the form Swift returns in {@code ETag} headers. Files and
 * streams are digested in small chunks, never loaded whole. Thread-safe.
 */
public final class Checksums {

    private static final int BUFFER_SIZE = 64 * 1024;

    private Checksums() {
    }

    /**
     * @param text the text, encoded as UTF-8
     * @return its MD5 as 32 lower-case hex digits
     */
    public static String md5(String text) {
        return md5(text, StandardCharsets.UTF_8);
    }

    /**
     * @param text the text
     * @param charset how to encode it
     * @return its MD5 as 32 lower-case hex digits
     */
    public static String md5(String text, Charset charset) {
        if (text == null) {
            throw new IllegalArgumentException("text: expected text but got null");
        }
        if (charset == null) {
            throw new IllegalArgumentException("charset: expected a charset but got null");
        }
        return md5(text.getBytes(charset));
    }

    /**
     * @param bytes the content
     * @return its MD5 as 32 lower-case hex digits
     */
    public static String md5(byte[] bytes) {
        if (bytes == null) {
            throw new IllegalArgumentException("bytes: expected a byte array but got null");
        }
        return hex(newMd5().digest(bytes));
    }

    /**
     * @param file a regular file
     * @return the MD5 of its content as 32 lower-case hex digits
     * @throws IOException when the file cannot be read
     */
    public static String md5(Path file) throws IOException {
        if (file == null) {
            throw new IllegalArgumentException("file: expected a path but got null");
        }
        try (InputStream in = Files.newInputStream(file)) {
            // a small file in one read: no 64 KiB buffer to digest 4 KiB (a folder sync hashes thousands)
            byte[] head = in.readNBytes(BUFFER_SIZE);
            if (head.length < BUFFER_SIZE) {
                return md5(head);
            }
            MessageDigest digest = newMd5();
            digest.update(head);
            return digest(in, digest);
        }
    }

    /**
     * Reads the stream to its end; the caller keeps ownership and closes it.
     *
     * @param in the content
     * @return its MD5 as 32 lower-case hex digits
     * @throws IOException when reading fails
     */
    public static String md5(InputStream in) throws IOException {
        if (in == null) {
            throw new IllegalArgumentException("in: expected an input stream but got null");
        }
        return digest(in, newMd5());
    }

    private static String digest(InputStream in, MessageDigest digest) throws IOException {
        byte[] buffer = new byte[BUFFER_SIZE];
        for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
            digest.update(buffer, 0, read);
        }
        return hex(digest.digest());
    }

    /**
     * @return a fresh MD5 digest (the one algorithm every Java platform must provide), for content
     *     digested piece by piece as it streams
     */
    public static MessageDigest newMd5() {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            // every Java platform is required to provide MD5
            throw new IllegalStateException("This JVM provides no MD5 implementation", e);
        }
    }

    /**
     * Checked by hand, not by a regular expression: a resync asks for each of its files.
     *
     * @param value a text, such as an ETag, or null
     * @return whether it has the form of an MD5 in hex: 32 ASCII hex digits of either case
     */
    public static boolean isMd5Hex(@Nullable String value) {
        if (value == null || value.length() != 32) {
            return false;
        }
        for (int i = 0; i < 32; i++) {
            char c = value.charAt(i);
            // ASCII only: Character.digit would also take other scripts' digits
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F')) {
                return false;
            }
        }
        return true;
    }

    /**
     * @param digest a finished digest
     * @return it as lower-case hex digits
     */
    public static String hex(MessageDigest digest) {
        return hex(digest.digest());
    }

    private static String hex(byte[] digest) {
        return HexFormat.of().formatHex(digest);
    }
}
