package org.cloudsdk.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The INI dialect of pyrax's configuration and credential files, split into sections without
 * interpreting any key. Problems are collected per section instead of thrown, so a caller can
 * drop one bad section and keep the rest. Line texts are never kept in problems, because a
 * malformed line of a credential file may hold a secret.
 */
final class IniDocument {

    /** A {@code key = value} line; the key is lower case. */
    record Entry(String key, String value, int line) {}

    /** Something wrong at a line. */
    record Problem(int line, String reason) {}

    /** One {@code [name]} section with its entries in file order. */
    static final class Section {
        private final String name;
        private final int line;
        private final List<Entry> entries = new ArrayList<>();
        private final List<Problem> problems = new ArrayList<>();

        Section(String name, int line) {
            this.name = name;
            this.line = line;
        }

        String name() {
            return name;
        }

        int line() {
            return line;
        }

        List<Entry> entries() {
            return entries;
        }

        List<Problem> problems() {
            return problems;
        }

        /** @return the last value of the key (case-insensitive), or null */
        @Nullable String value(String key) {
            String wanted = key.toLowerCase(Locale.ROOT);
            String found = null;
            for (Entry entry : entries) {
                if (entry.key().equals(wanted)) {
                    found = entry.value();
                }
            }
            return found;
        }
    }

    // only a comment sign after whitespace starts an inline comment, so URLs with '#' survive
    private static final Pattern INLINE_COMMENT = Pattern.compile("\\s[#;]");

    private final Map<String, Section> sections;
    private final List<Problem> outsideSections;

    private IniDocument(Map<String, Section> sections, List<Problem> outsideSections) {
        this.sections = sections;
        this.outsideSections = outsideSections;
    }

    /** @return sections by name, in the order of their first header */
    Map<String, Section> sections() {
        return sections;
    }

    /** @return problems on lines before the first section header */
    List<Problem> outsideSections() {
        return outsideSections;
    }

    /**
     * @param content the file's text
     * @param inlineComments whether {@code value ; comment} ends a value; off for credential
     *     files, where such text may be part of a password
     */
    static IniDocument parse(String content, boolean inlineComments) {
        Map<String, Section> sections = new LinkedHashMap<>();
        List<Problem> outside = new ArrayList<>();
        Section current = null;
        String[] lines = content.split("\\R", -1);
        for (int index = 0; index < lines.length; index++) {
            int lineNumber = index + 1;
            String line = lines[index];
            if (index == 0 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            String text = line.strip();
            if (text.isEmpty() || text.startsWith("#") || text.startsWith(";")) {
                continue;
            }
            if (text.startsWith("[")) {
                current = startSection(sections, text, lineNumber);
                continue;
            }
            Problem problem = null;
            Entry entry = null;
            int separator = firstSeparator(text);
            if (separator <= 0) {
                problem = new Problem(lineNumber, separator == 0 ? "a key is missing before the separator"
                        : "expected 'key = value', 'key: value', a [section] header or a comment");
            } else {
                String key = text.substring(0, separator).strip().toLowerCase(Locale.ROOT);
                String value = text.substring(separator + 1);
                if (inlineComments) {
                    var comment = INLINE_COMMENT.matcher(value);
                    if (comment.find()) {
                        value = value.substring(0, comment.start());
                    }
                }
                entry = new Entry(key, value.strip(), lineNumber);
            }
            if (current == null) {
                outside.add(problem != null ? problem : new Problem(lineNumber, "a setting before any [section] header"));
            } else if (entry == null) {
                current.problems.add(problem);
            } else {
                addEntry(current, entry);
            }
        }
        return new IniDocument(sections, outside);
    }

    private static Section startSection(Map<String, Section> sections, String text, int lineNumber) {
        int close = text.lastIndexOf(']');
        String rest = close < 0 ? "" : text.substring(close + 1).strip();
        boolean wellFormed = close > 0 && (rest.isEmpty() || rest.startsWith("#") || rest.startsWith(";"));
        String name = (close > 0 ? text.substring(1, close) : text.substring(1)).strip();
        Section existing = sections.get(name);
        if (existing != null) {
            existing.problems.add(new Problem(lineNumber, "the section appears a second time (first at line "
                    + existing.line + ")"));
            return existing;
        }
        Section section = new Section(name, lineNumber);
        if (!wellFormed || name.isEmpty()) {
            section.problems.add(new Problem(lineNumber, "malformed section header, expected [name]"));
        }
        sections.put(name, section);
        return section;
    }

    private static void addEntry(Section section, Entry entry) {
        for (Entry earlier : section.entries) {
            if (earlier.key().equals(entry.key())) {
                section.problems.add(new Problem(entry.line(), "duplicate key '" + entry.key() + "' (first at line "
                        + earlier.line() + ")"));
                return;
            }
        }
        section.entries.add(entry);
    }

    private static int firstSeparator(String text) {
        int equals = text.indexOf('=');
        int colon = text.indexOf(':');
        if (equals < 0) {
            return colon;
        }
        return colon < 0 ? equals : Math.min(equals, colon);
    }
}
