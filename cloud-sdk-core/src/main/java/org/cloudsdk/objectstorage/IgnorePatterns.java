package org.cloudsdk.objectstorage;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The {@code ignore} globs of a folder upload or sync, with the shell-style syntax pyrax used
 * (Python's {@code fnmatch}): {@code *} matches any run of characters, {@code /} included,
 * {@code ?} one character, {@code [abc]} and {@code [!abc]} one character of (or not of) a set.
 * Matching is case-sensitive.
 *
 * <p>A file (or folder) is ignored when a pattern matches its path relative to the folder
 * ({@code build/out/app.pyc}, separators always {@code /}) or its bare name ({@code app.pyc}).
 * pyrax matched full paths when it summed the total and bare names when it uploaded, so the two
 * could disagree; here one rule serves both, because the total is the sum of the very files that
 * are uploaded.
 *
 * <p>Immutable and thread-safe.
 */
final class IgnorePatterns {

    private static final IgnorePatterns NONE = new IgnorePatterns(List.of(), List.of());

    private final List<String> globs;
    private final List<Pattern> patterns;

    private IgnorePatterns(List<String> globs, List<Pattern> patterns) {
        this.globs = globs;
        this.patterns = patterns;
    }

    /** @return patterns that ignore nothing */
    static IgnorePatterns none() {
        return NONE;
    }

    /**
     * @param globs the globs; blank ones are refused, since they would silently match nothing
     * @return the compiled patterns
     */
    static IgnorePatterns of(List<String> globs) {
        Objects.requireNonNull(globs, "ignore must not be null");
        if (globs.isEmpty()) {
            return NONE;
        }
        List<Pattern> compiled = new ArrayList<>(globs.size());
        for (String glob : globs) {
            if (glob == null || glob.isBlank()) {
                throw new IllegalArgumentException("ignore patterns must not be null or blank, were " + globs);
            }
            compiled.add(Pattern.compile(toRegex(glob), Pattern.DOTALL));
        }
        return new IgnorePatterns(List.copyOf(globs), List.copyOf(compiled));
    }

    /**
     * @param relativeName the path relative to the folder, with {@code /} separators
     * @return whether a pattern matches the path or its last segment
     */
    boolean matches(String relativeName) {
        if (patterns.isEmpty()) {
            return false;
        }
        String name = relativeName.substring(relativeName.lastIndexOf('/') + 1);
        for (Pattern pattern : patterns) {
            if (pattern.matcher(relativeName).matches() || pattern.matcher(name).matches()) {
                return true;
            }
        }
        return false;
    }

    /** @return the globs as given */
    List<String> globs() {
        return globs;
    }

    /** Translates one glob into an anchored regular expression, quoting every literal character. */
    static String toRegex(String glob) {
        StringBuilder regex = new StringBuilder(glob.length() + 8);
        int i = 0;
        while (i < glob.length()) {
            char c = glob.charAt(i++);
            if (c == '*') {
                regex.append(".*");
            } else if (c == '?') {
                regex.append('.');
            } else if (c == '[') {
                int end = classEnd(glob, i);
                if (end < 0) {
                    // an unclosed '[' is a literal, as in fnmatch
                    regex.append(Pattern.quote("["));
                } else {
                    regex.append(characterClass(glob.substring(i, end)));
                    i = end + 1;
                }
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return regex.toString();
    }

    /** @return the index of the ']' closing a class that starts at {@code from}, or -1 */
    private static int classEnd(String glob, int from) {
        int i = from;
        if (i < glob.length() && glob.charAt(i) == '!') {
            i++;
        }
        // a ']' right after '[' or '[!' belongs to the set
        if (i < glob.length() && glob.charAt(i) == ']') {
            i++;
        }
        int end = glob.indexOf(']', i);
        return end;
    }

    private static String characterClass(String body) {
        boolean negated = body.startsWith("!");
        String set = negated ? body.substring(1) : body;
        StringBuilder regex = new StringBuilder(negated ? "[^" : "[");
        for (int i = 0; i < set.length(); i++) {
            char c = set.charAt(i);
            boolean range = c == '-' && i > 0 && i < set.length() - 1;
            if (range) {
                regex.append('-');
            } else if (Character.isLetterOrDigit(c)) {
                regex.append(c);
            } else {
                // every other character is literal inside a glob set, but may be syntax in a regex one
                regex.append('\\').append(c);
            }
        }
        return regex.append(']').toString();
    }

    @Override
    public String toString() {
        return "IgnorePatterns" + globs;
    }
}
