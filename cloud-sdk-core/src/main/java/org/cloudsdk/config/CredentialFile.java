package org.cloudsdk.config;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

import org.cloudsdk.errors.InvalidConfigurationException;
import org.cloudsdk.identity.Credentials;
import org.jspecify.annotations.Nullable;

/**
 * A pyrax credential file, kept wherever the user likes and named explicitly:
 *
 * <pre>
 * [keystone]
 * username = demo
 * password = ...
 * tenant_id = abc123456      (or tenant_name)
 *
 * [rackspace_cloud]
 * username = joeracker
 * api_key = ...              (or password)
 * </pre>
 *
 * An {@code api_key} wins over a {@code password}. Error messages name the file and what is
 * missing, never a secret. Immutable; {@link #toString()} masks the secret.
 */
public final class CredentialFile {

    /** The section read for keystone identity. */
    public static final String KEYSTONE_SECTION = "keystone";
    /** The section read for Rackspace identity. */
    public static final String RACKSPACE_SECTION = "rackspace_cloud";

    private final Path path;
    private final String identityType;
    private final Credentials credentials;
    private final @Nullable String tenantId;
    private final @Nullable String tenantName;

    private CredentialFile(Path path, String identityType, Credentials credentials, @Nullable String tenantId,
            @Nullable String tenantName) {
        this.path = path;
        this.identityType = identityType;
        this.credentials = credentials;
        this.tenantId = tenantId;
        this.tenantName = tenantName;
    }

    /**
     * Reads the file, taking whichever of {@code [keystone]} and {@code [rackspace_cloud]} it has.
     *
     * @param path the credential file
     * @return its content
     * @throws InvalidConfigurationException when the file is missing or unreadable, has neither
     *     or both sections, or lacks the user name or the secret
     */
    public static CredentialFile read(Path path) {
        return read(path, null);
    }

    /**
     * Reads the section that belongs to an identity type, as pyrax does when a file holds both.
     *
     * @param path the credential file
     * @param identityType {@code keystone} or {@code rackspace}, or null to take the only section
     * @return its content
     * @throws InvalidConfigurationException when the file is missing or unreadable, lacks the
     *     section, the user name or the secret
     */
    public static CredentialFile read(Path path, @Nullable String identityType) {
        if (path == null) {
            throw new IllegalArgumentException("path: expected the path of a credential file but got null");
        }
        String wanted = sectionFor(identityType);
        IniDocument document = IniDocument.parse(readText(path), false);
        if (!document.outsideSections().isEmpty()) {
            IniDocument.Problem problem = document.outsideSections().get(0);
            throw invalid(path, "line " + problem.line() + ": " + problem.reason());
        }
        IniDocument.Section keystone = findSection(document, KEYSTONE_SECTION);
        IniDocument.Section rackspace = findSection(document, RACKSPACE_SECTION);
        IniDocument.Section section;
        if (wanted != null) {
            section = wanted.equals(KEYSTONE_SECTION) ? keystone : rackspace;
            if (section == null) {
                throw invalid(path, "it has no [" + wanted + "] section for identity type '" + identityType + "'");
            }
        } else if (keystone != null && rackspace != null) {
            throw invalid(path, "it has both [keystone] and [rackspace_cloud] sections; set the identity type to "
                    + "choose one");
        } else if (keystone != null) {
            section = keystone;
        } else if (rackspace != null) {
            section = rackspace;
        } else {
            throw invalid(path, "it has neither a [keystone] nor a [rackspace_cloud] section");
        }
        if (!section.problems().isEmpty()) {
            IniDocument.Problem problem = section.problems().get(0);
            throw invalid(path, "line " + problem.line() + " in [" + section.name() + "]: " + problem.reason());
        }
        return fromSection(path, section);
    }

    private static CredentialFile fromSection(Path path, IniDocument.Section section) {
        String where = "[" + section.name() + "]";
        String username = text(section.value("username"));
        if (username == null) {
            throw invalid(path, where + " has no username");
        }
        String apiKey = text(section.value("api_key"));
        if (apiKey == null) {
            apiKey = text(section.value("apikey"));
        }
        String password = text(section.value("password"));
        Credentials credentials;
        if (apiKey != null) {
            credentials = Credentials.apiKey(username, apiKey);
        } else if (password != null) {
            credentials = Credentials.password(username, password);
        } else {
            throw invalid(path, where + " has neither a password nor an api_key");
        }
        String identityType = section.name().equalsIgnoreCase(KEYSTONE_SECTION) ? "keystone" : "rackspace";
        return new CredentialFile(path, identityType, credentials, text(section.value("tenant_id")),
                text(section.value("tenant_name")));
    }

    /** @return the file this was read from */
    public Path path() {
        return path;
    }

    /** @return {@code keystone} or {@code rackspace}, from the section read */
    public String identityType() {
        return identityType;
    }

    /** @return {@link Credentials.ApiKey} when the file has an api_key, else {@link Credentials.Password} */
    public Credentials credentials() {
        return credentials;
    }

    /** @return the tenant id, when given */
    public Optional<String> tenantId() {
        return Optional.ofNullable(tenantId);
    }

    /** @return the tenant name, when given */
    public Optional<String> tenantName() {
        return Optional.ofNullable(tenantName);
    }

    /** @return the identity type and the tenant id and name as settings */
    public CloudSettings settings() {
        return CloudSettings.empty()
                .with(Setting.IDENTITY_TYPE, identityType)
                .with(Setting.TENANT_ID, tenantId)
                .with(Setting.TENANT_NAME, tenantName);
    }

    private static @Nullable String sectionFor(@Nullable String identityType) {
        if (identityType == null || identityType.isBlank()) {
            return null;
        }
        switch (identityType.strip().toLowerCase(Locale.ROOT)) {
            case "keystone":
                return KEYSTONE_SECTION;
            case "rackspace":
                return RACKSPACE_SECTION;
            default:
                throw new IllegalArgumentException("identityType: expected keystone or rackspace but got '"
                        + identityType + "'");
        }
    }

    private static IniDocument.@Nullable Section findSection(IniDocument document, String name) {
        return document.sections().values().stream()
                .filter(section -> section.name().equalsIgnoreCase(name))
                .findFirst()
                .orElse(null);
    }

    private static String readText(Path path) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw invalid(path, "the file does not exist");
        } catch (CharacterCodingException e) {
            throw invalid(path, "it is not valid UTF-8 text");
        } catch (IOException e) {
            throw invalid(path, "it cannot be read (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static @Nullable String text(@Nullable String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static InvalidConfigurationException invalid(Path path, String reason) {
        return new InvalidConfigurationException("The credential file " + path + " cannot be used: " + reason);
    }

    @Override
    public String toString() {
        return "CredentialFile[path=" + path + ", identityType=" + identityType + ", credentials=" + credentials
                + ", tenantId=" + tenantId + ", tenantName=" + tenantName + "]";
    }
}
