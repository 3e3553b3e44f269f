package org.cloudsdk.config;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.cloudsdk.errors.InvalidConfigurationException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A pyrax configuration file ({@code ~/.pyrax.cfg}): INI sections, each one an environment.
 *
 * <p>The default environment is the section {@code default}, else {@code settings} (the single
 * section of pyrax before 1.4), else the first section. A malformed section (a line that is
 * neither header, comment nor {@code key = value}, a duplicate key, an invalid flag, ...) is
 * skipped with a warning and the other environments stay usable, so one typo cannot stop an
 * application that uses another environment. Credentials found in the file are ignored with a
 * warning that never shows their value; unknown keys are ignored with a warning.
 *
 * <p>Immutable and thread-safe.
 */
public final class PyraxConfigFile {

    /** The section used by default when present. */
    public static final String DEFAULT_SECTION = "default";
    /** The section name of pyrax before 1.4, used by default when there is no {@code default}. */
    public static final String LEGACY_DEFAULT_SECTION = "settings";

    private static final Logger LOG = LoggerFactory.getLogger(PyraxConfigFile.class);

    private static final Set<String> CREDENTIAL_KEYS = Set.of("username", "password", "api_key", "apikey",
            "token", "secret", "application_credential_secret");

    private final String source;
    private final Map<String, CloudSettings> environments;
    private final @Nullable String defaultEnvironment;
    private final List<String> skippedSections;

    private PyraxConfigFile(String source, Map<String, CloudSettings> environments, @Nullable String defaultEnvironment,
            List<String> skippedSections) {
        this.source = source;
        this.environments = environments;
        this.defaultEnvironment = defaultEnvironment;
        this.skippedSections = skippedSections;
    }

    /**
     * @param content the file's text
     * @param sourceName where it came from, used in warnings (a path, or a name like {@code <inline>});
     *     null or blank for {@code <configuration>}
     * @return the parsed file; problems are logged, never thrown
     */
    public static PyraxConfigFile parse(String content, @Nullable String sourceName) {
        if (content == null) {
            throw new IllegalArgumentException("content: expected the file's text but got null");
        }
        String source = sourceName == null || sourceName.isBlank() ? "<configuration>" : sourceName;
        IniDocument document = IniDocument.parse(content, true);
        for (IniDocument.Problem problem : document.outsideSections()) {
            LOG.warn("{}, line {}: {}; the line is ignored", source, problem.line(), problem.reason());
        }
        Map<String, CloudSettings> environments = new LinkedHashMap<>();
        List<String> skipped = new ArrayList<>();
        for (IniDocument.Section section : document.sections().values()) {
            CloudSettings settings = toSettings(section, source);
            if (settings == null) {
                skipped.add(section.name());
            } else {
                environments.put(section.name(), settings);
            }
        }
        String defaultEnvironment = chooseDefault(environments, document, source);
        return new PyraxConfigFile(source, Collections.unmodifiableMap(environments), defaultEnvironment,
                List.copyOf(skipped));
    }

    /**
     * @param path the file to read (UTF-8)
     * @return the parsed file, or empty when it does not exist
     * @throws InvalidConfigurationException when it exists but cannot be read
     */
    public static Optional<PyraxConfigFile> read(Path path) {
        if (path == null) {
            throw new IllegalArgumentException("path: expected the path of a configuration file but got null");
        }
        if (!Files.exists(path)) {
            return Optional.empty();
        }
        try {
            return Optional.of(parse(Files.readString(path, StandardCharsets.UTF_8), path.toString()));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (CharacterCodingException e) {
            throw new InvalidConfigurationException("The configuration file " + path + " is not valid UTF-8 text");
        } catch (IOException e) {
            throw new InvalidConfigurationException("The configuration file " + path + " cannot be read: " + e);
        }
    }

    /** @return where the file came from, as given to {@link #parse} */
    public String source() {
        return source;
    }

    /** @return the names of the environments that loaded, in file order */
    public List<String> environments() {
        return List.copyOf(environments.keySet());
    }

    /** @return the default environment, or null when no section loaded */
    public @Nullable String defaultEnvironment() {
        return defaultEnvironment;
    }

    /**
     * @param name an environment (section) name, case-sensitive; null finds none
     * @return its settings, or empty when there is no such loaded section
     */
    public Optional<CloudSettings> environment(@Nullable String name) {
        return Optional.ofNullable(name == null ? null : environments.get(name));
    }

    /** @return the sections dropped because they were malformed, in file order */
    public List<String> skippedSections() {
        return skippedSections;
    }

    /** @return null when the section is malformed and must be skipped */
    private static @Nullable CloudSettings toSettings(IniDocument.Section section, String source) {
        List<IniDocument.Problem> problems = new ArrayList<>(section.problems());
        Map<Setting, String> values = new EnumMap<>(Setting.class);
        Map<Setting, Integer> lines = new EnumMap<>(Setting.class);
        for (IniDocument.Entry entry : section.entries()) {
            String key = entry.key().replace('-', '_');
            if (CREDENTIAL_KEYS.contains(key)) {
                LOG.warn("{}, line {}, section [{}]: the credential '{}' is ignored; credentials do not belong in the "
                        + "configuration file, use a credential file or the keychain", source, entry.line(),
                        section.name(), entry.key());
                continue;
            }
            Optional<Setting> setting = Setting.fromKey(key);
            if (setting.isEmpty()) {
                LOG.warn("{}, line {}, section [{}]: unknown key '{}' is ignored; valid keys are {}", source,
                        entry.line(), section.name(), entry.key(), Setting.keys());
                continue;
            }
            Integer earlier = lines.putIfAbsent(setting.get(), entry.line());
            if (earlier != null) {
                problems.add(new IniDocument.Problem(entry.line(), "'" + entry.key() + "' sets "
                        + setting.get().key() + " a second time (first at line " + earlier + ")"));
                continue;
            }
            try {
                values.put(setting.get(), CloudSettings.normalize(setting.get(), entry.value()));
            } catch (IllegalArgumentException e) {
                problems.add(new IniDocument.Problem(entry.line(),
                        Objects.requireNonNullElse(e.getMessage(), "invalid")));
            }
        }
        if (problems.isEmpty()) {
            return CloudSettings.of(values);
        }
        for (IniDocument.Problem problem : problems) {
            LOG.warn("{}, line {}, section [{}]: {}; the environment '{}' is skipped, the other environments are "
                    + "still available", source, problem.line(), section.name(), problem.reason(), section.name());
        }
        return null;
    }

    private static @Nullable String chooseDefault(Map<String, CloudSettings> loaded, IniDocument document,
            String source) {
        String intended = document.sections().containsKey(DEFAULT_SECTION) ? DEFAULT_SECTION
                : document.sections().containsKey(LEGACY_DEFAULT_SECTION) ? LEGACY_DEFAULT_SECTION
                : document.sections().keySet().stream().findFirst().orElse(null);
        String chosen = loaded.containsKey(DEFAULT_SECTION) ? DEFAULT_SECTION
                : loaded.containsKey(LEGACY_DEFAULT_SECTION) ? LEGACY_DEFAULT_SECTION
                : loaded.keySet().stream().findFirst().orElse(null);
        if (intended != null && !intended.equals(chosen)) {
            LOG.warn("{}: the default environment '{}' was skipped; using '{}' as the default instead", source,
                    intended, chosen);
        }
        return chosen;
    }

    @Override
    public String toString() {
        return "PyraxConfigFile[source=" + source + ", environments=" + environments.keySet() + ", default="
                + defaultEnvironment + ", skipped=" + skippedSections + "]";
    }
}
