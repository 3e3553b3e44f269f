package org.cloudsdk.util;

import java.security.SecureRandom;

/**
 * Random names for containers, objects, servers and the like, as pyrax's test helpers made them.
 * Thread-safe.
 */
public final class Names {

    /** The longest name produced. */
    public static final int MAX_LENGTH = 1024;

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] ASCII = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789".toCharArray();
    // Basic Multilingual Plane letters only, so one letter is one char and length means the same
    // in chars and code points; precomposed forms keep the names stable under NFC
    private static final char[] NON_ASCII = nonAsciiLetters();
    private static final char[] MIXED = concat(ASCII, NON_ASCII);

    private Names() {
    }

    /**
     * @param length how many characters, 1 to {@value #MAX_LENGTH}
     * @return a random name of ASCII letters and digits
     */
    public static String random(int length) {
        return random(length, true);
    }

    /**
     * @param length how many characters, 1 to {@value #MAX_LENGTH}
     * @param asciiOnly true for ASCII letters and digits only; false to mix in non-ASCII letters
     *     (Latin, Greek, Cyrillic, CJK), at least one of them, for testing Unicode names
     * @return a random name
     */
    public static String random(int length, boolean asciiOnly) {
        if (length < 1 || length > MAX_LENGTH) {
            throw new IllegalArgumentException("length: expected 1 to " + MAX_LENGTH + " but got " + length);
        }
        char[] alphabet = asciiOnly ? ASCII : MIXED;
        char[] name = new char[length];
        for (int i = 0; i < length; i++) {
            name[i] = alphabet[RANDOM.nextInt(alphabet.length)];
        }
        if (!asciiOnly) {
            // a Unicode test name that happens to be all ASCII would test nothing
            name[RANDOM.nextInt(length)] = NON_ASCII[RANDOM.nextInt(NON_ASCII.length)];
        }
        return new String(name);
    }

    private static char[] nonAsciiLetters() {
        StringBuilder letters = new StringBuilder();
        appendLetters(letters, '\u00C0', '\u00FF'); // Latin-1 letters
        appendLetters(letters, '\u0391', '\u03C9'); // Greek
        appendLetters(letters, '\u0410', '\u044F'); // Cyrillic
        appendLetters(letters, '\u4E00', '\u4E3F'); // CJK ideographs
        return letters.toString().toCharArray();
    }

    private static void appendLetters(StringBuilder letters, char first, char last) {
        for (char c = first; c <= last; c++) {
            if (Character.isLetter(c)) {
                letters.append(c);
            }
        }
    }

    private static char[] concat(char[] first, char[] second) {
        char[] all = new char[first.length + second.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }
}
