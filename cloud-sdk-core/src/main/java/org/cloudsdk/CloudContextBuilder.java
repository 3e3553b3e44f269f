package org.cloudsdk;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;

import org.cloudsdk.config.CloudConfiguration;
import org.cloudsdk.config.CloudSettings;
import org.cloudsdk.config.CloudsYaml;
import org.cloudsdk.config.CredentialFile;
import org.cloudsdk.config.Setting;
import org.cloudsdk.errors.InvalidConfigurationException;
import org.cloudsdk.errors.SecretStoreException;
import org.cloudsdk.http.ConnectorFactory;
import org.cloudsdk.http.HttpSettings;
import org.cloudsdk.http.RetryPolicies;
import org.cloudsdk.http.RetrySettings;
import org.cloudsdk.http.Transport;
import org.cloudsdk.identity.AuthScope;
import org.cloudsdk.identity.Credentials;
import org.cloudsdk.identity.IdentityHttp;
import org.cloudsdk.identity.IdentityProvider;
import org.cloudsdk.identity.IdentityProviders;
import org.cloudsdk.identity.IdentitySession;
import org.cloudsdk.identity.KeystoneV3Identity;
import org.cloudsdk.identity.ServiceType;
import org.cloudsdk.identity.secret.Keychains;
import org.cloudsdk.identity.secret.SecretStore;
import org.cloudsdk.objectstorage.ObjectStorageSettings;
import org.jspecify.annotations.Nullable;
import org.springframework.web.reactive.function.client.WebClient;

import io.micrometer.observation.ObservationRegistry;

/**
 * Builds a {@link CloudContext}. Settings are layered, highest first: values set here, the
 * current (or named) environment of the pyrax configuration file, the {@code CLOUD_*}
 * environment variables, the clouds.yaml entry named by {@link #cloud(String)} or
 * {@code OS_CLOUD}, and the defaults. Credentials come from here, else a credential file, else the
 * keychain ({@link #keyringAuth(String)}), else the clouds.yaml entry.
 *
 * <p>{@link #build()} makes no network call. A context built without any credentials is valid:
 * its first use fails with {@link org.cloudsdk.errors.NotAuthenticatedException}.
 */
public final class CloudContextBuilder {

    private static final String MISSING_CREDENTIALS = "this context has not authenticated and has no credentials: "
            + "give a username with a password or API key, a token (authWithToken), an application credential, a "
            + "credential file, a clouds.yaml cloud, or use keyringAuth";

    private final Map<Setting, String> settings = new EnumMap<>(Setting.class);
    private @Nullable Credentials credentials;
    private @Nullable String username;
    private @Nullable String password;
    private @Nullable String apiKey;
    private @Nullable Path credentialFile;
    private @Nullable String keyringUser;
    private boolean keyring;
    private @Nullable SecretStore secretStore;
    private @Nullable String environment;
    private @Nullable CloudConfiguration configuration;
    private @Nullable Map<String, String> environmentVariables;
    private @Nullable String cloud;
    private @Nullable String domainId;
    private @Nullable String domainName;
    private @Nullable IdentityProvider identityProvider;
    private @Nullable HttpSettings httpSettings;
    private RetryPolicies.Builder retryPolicies = RetryPolicies.builder();
    private ObservationRegistry observationRegistry = ObservationRegistry.NOOP;
    private WebClient.@Nullable Builder webClientBuilder;
    private @Nullable ConnectorFactory connectorFactory;
    private Duration tokenRefreshMargin = Duration.ofSeconds(60);
    private Clock clock = Clock.systemUTC();
    private String missingCredentialsHint = MISSING_CREDENTIALS;
    private ObjectStorageSettings objectStorageSettings = ObjectStorageSettings.defaults();
    private final Map<Class<?>, Object> serviceSettings = new LinkedHashMap<>();
    private @Nullable Executor transferExecutor;
    private final Map<ServiceType, String> microversions = new EnumMap<>(ServiceType.class);

    CloudContextBuilder() {
    }

    /**
     * @param value {@code keystone}, {@code rackspace}, {@code keystone_v2}, {@code keystone_v3} or
     *     the fully qualified name of an {@link IdentityProvider} class
     * @return this builder
     */
    public CloudContextBuilder identityType(@Nullable String value) {
        return set(Setting.IDENTITY_TYPE, value);
    }

    /** @param value a provider instance, instead of an {@code identity_type} name @return this builder */
    public CloudContextBuilder identityProvider(@Nullable IdentityProvider value) {
        this.identityProvider = value;
        return this;
    }

    /** @param value the identity service URL @return this builder */
    public CloudContextBuilder authEndpoint(@Nullable String value) {
        return set(Setting.AUTH_ENDPOINT, value);
    }

    /** @param value the default region @return this builder */
    public CloudContextBuilder region(@Nullable String value) {
        return set(Setting.REGION, value);
    }

    /** @param value the tenant (project) id @return this builder */
    public CloudContextBuilder tenantId(@Nullable String value) {
        return set(Setting.TENANT_ID, value);
    }

    /** @param value the tenant (project) name @return this builder */
    public CloudContextBuilder tenantName(@Nullable String value) {
        return set(Setting.TENANT_NAME, value);
    }

    /** @param value the project id (identity v3's name for the tenant id) @return this builder */
    public CloudContextBuilder projectId(@Nullable String value) {
        return tenantId(value);
    }

    /** @param value the project name (identity v3's name for the tenant name) @return this builder */
    public CloudContextBuilder projectName(@Nullable String value) {
        return tenantName(value);
    }

    /** @param value the user's domain name (v3) @return this builder */
    public CloudContextBuilder userDomainName(@Nullable String value) {
        return set(Setting.USER_DOMAIN_NAME, value);
    }

    /** @param value the user's domain id (v3) @return this builder */
    public CloudContextBuilder userDomainId(@Nullable String value) {
        return set(Setting.USER_DOMAIN_ID, value);
    }

    /** @param value the project's domain name (v3) @return this builder */
    public CloudContextBuilder projectDomainName(@Nullable String value) {
        return set(Setting.PROJECT_DOMAIN_NAME, value);
    }

    /** @param value the project's domain id (v3) @return this builder */
    public CloudContextBuilder projectDomainId(@Nullable String value) {
        return set(Setting.PROJECT_DOMAIN_ID, value);
    }

    /** @param value scope the token to this domain id instead of a project (v3) @return this builder */
    public CloudContextBuilder domainId(@Nullable String value) {
        this.domainId = value;
        return this;
    }

    /** @param value scope the token to this domain name instead of a project (v3) @return this builder */
    public CloudContextBuilder domainName(@Nullable String value) {
        this.domainName = value;
        return this;
    }

    /** @param value the user name @return this builder */
    public CloudContextBuilder username(@Nullable String value) {
        this.username = value;
        return this;
    }

    /** @param value the password @return this builder */
    public CloudContextBuilder password(@Nullable String value) {
        this.password = value;
        return this;
    }

    /** @param value the Rackspace API key @return this builder */
    public CloudContextBuilder apiKey(@Nullable String value) {
        this.apiKey = value;
        return this;
    }

    /**
     * pyrax's {@code set_credentials}.
     *
     * @param user the user name
     * @param passwordOrKey the password (or, for rackspace identity, the API key or password)
     * @return this builder
     */
    public CloudContextBuilder credentials(@Nullable String user, @Nullable String passwordOrKey) {
        this.username = user;
        this.password = passwordOrKey;
        return this;
    }

    /** @param value credentials of any kind @return this builder */
    public CloudContextBuilder credentials(@Nullable Credentials value) {
        this.credentials = value;
        return this;
    }

    /**
     * Keystone v3 application credentials, which need neither a password nor a scope.
     *
     * @param id the application credential id
     * @param secret its secret
     * @return this builder
     */
    public CloudContextBuilder applicationCredential(String id, String secret) {
        this.credentials = Credentials.applicationCredential(id, secret);
        return this;
    }

    /**
     * Authenticate with a token obtained elsewhere (pyrax's {@code auth_with_token}); set the tenant
     * too. No automatic re-authentication is possible.
     *
     * @param token the token
     * @return this builder
     */
    public CloudContextBuilder token(String token) {
        this.credentials = Credentials.token(token);
        return this;
    }

    /**
     * pyrax's {@code set_credential_file}: {@code [keystone]} or {@code [rackspace_cloud]}.
     *
     * @param file the credential file
     * @return this builder
     */
    public CloudContextBuilder credentialFile(@Nullable Path file) {
        this.credentialFile = file;
        return this;
    }

    /**
     * pyrax's {@code keyring_auth(username)}: the password (API key for rackspace identity) comes
     * from the operating system's keychain, service {@code pyrax}.
     *
     * @param user the user name, or null for the {@code keyring_username} setting
     * @return this builder
     */
    public CloudContextBuilder keyringAuth(@Nullable String user) {
        this.keyring = true;
        this.keyringUser = user;
        return this;
    }

    /** @param value where {@link #keyringAuth(String)} reads secrets (default: the OS keychain) @return this builder */
    public CloudContextBuilder secretStore(@Nullable SecretStore value) {
        this.secretStore = value;
        return this;
    }

    /** @param value the configuration file's environment to use (default: its current one) @return this builder */
    public CloudContextBuilder environment(@Nullable String value) {
        this.environment = value;
        return this;
    }

    /** @param value the configuration to read settings from (default: {@link CloudConfiguration#load()}) @return this builder */
    public CloudContextBuilder configuration(@Nullable CloudConfiguration value) {
        this.configuration = value;
        return this;
    }

    /**
     * @param value the environment variables to read instead of the process's (for tests and
     *     embedding); also used to find {@code OS_CLOUD} and clouds.yaml
     * @return this builder
     */
    public CloudContextBuilder environmentVariables(@Nullable Map<String, String> value) {
        this.environmentVariables = value == null ? null : Map.copyOf(value);
        return this;
    }

    /** @param value a cloud of clouds.yaml (default: {@code OS_CLOUD}) @return this builder */
    public CloudContextBuilder cloud(@Nullable String value) {
        this.cloud = value;
        return this;
    }

    /** @param value use the internal (ServiceNet) URL for object storage @return this builder */
    public CloudContextBuilder useServicenet(boolean value) {
        return set(Setting.USE_SERVICENET, Boolean.toString(value));
    }

    /** @param value false to skip TLS certificate checks (a warning is logged) @return this builder */
    public CloudContextBuilder verifySsl(boolean value) {
        return set(Setting.VERIFY_SSL, Boolean.toString(value));
    }

    /**
     * A private cloud's CA: the certificates of a PEM file (one or more) are added to the JVM's
     * default trust (the {@code ca_bundle} setting, {@code CLOUD_CA_BUNDLE}, clouds.yaml
     * {@code cacert}). The file is read by {@link #build()}.
     *
     * @param value the PEM file, or null to unset it here
     * @return this builder
     */
    public CloudContextBuilder caBundle(@Nullable Path value) {
        return set(Setting.CA_BUNDLE, value == null ? null : value.toString());
    }

    /**
     * A PKCS#12 or JKS key store whose certificates are added to the JVM's default trust
     * ({@code trust_store} / {@code trust_store_password}).
     *
     * @param value the key store, or null to unset it here
     * @param password its password, or null when it has none
     * @return this builder
     */
    public CloudContextBuilder trustStore(@Nullable Path value, @Nullable String password) {
        set(Setting.TRUST_STORE_PASSWORD, password);
        return set(Setting.TRUST_STORE, value == null ? null : value.toString());
    }

    /**
     * A client certificate for mutual TLS ({@code client_cert} / {@code client_key}, clouds.yaml
     * {@code cert} / {@code key}).
     *
     * @param certificate the certificate, PEM (its chain may follow it); null to unset
     * @param key its private key: unencrypted PKCS#8 PEM ({@code BEGIN PRIVATE KEY})
     * @return this builder
     */
    public CloudContextBuilder clientCertificate(@Nullable Path certificate, @Nullable Path key) {
        set(Setting.CLIENT_CERT, certificate == null ? null : certificate.toString());
        return set(Setting.CLIENT_KEY, key == null ? null : key.toString());
    }

    /**
     * @param value an HTTP proxy for every connection: {@code host:port} or
     *     {@code http://[user:password@]host:port} ({@code proxy}, {@code CLOUD_PROXY}); null to unset
     * @return this builder
     */
    public CloudContextBuilder proxy(@Nullable String value) {
        return set(Setting.PROXY, value);
    }

    /**
     * @param user the user for the proxy's basic authentication, or null
     * @param secret its password
     * @return this builder
     */
    public CloudContextBuilder proxyCredentials(@Nullable String user, @Nullable String secret) {
        set(Setting.PROXY_PASSWORD, secret);
        return set(Setting.PROXY_USERNAME, user);
    }

    /**
     * @param value hosts reached without the proxy, comma-separated as in {@code NO_PROXY}
     *     ({@code no_proxy}, {@code CLOUD_NO_PROXY}); null to unset
     * @return this builder
     */
    public CloudContextBuilder noProxy(@Nullable String value) {
        return set(Setting.NO_PROXY, value);
    }

    /**
     * @param value true to use the standard {@code HTTPS_PROXY} / {@code HTTP_PROXY} /
     *     {@code NO_PROXY} variables when no proxy is set otherwise (off by default)
     * @return this builder
     */
    public CloudContextBuilder useEnvironmentProxy(boolean value) {
        return set(Setting.USE_ENVIRONMENT_PROXY, Boolean.toString(value));
    }

    /** @param value put in front of the SDK's User-Agent @return this builder */
    public CloudContextBuilder customUserAgent(@Nullable String value) {
        return set(Setting.CUSTOM_USER_AGENT, value);
    }

    /** @param value log every request and response, secrets redacted @return this builder */
    public CloudContextBuilder debug(boolean value) {
        return set(Setting.DEBUG, Boolean.toString(value));
    }

    /** @param value the encoding of non-ASCII values (default UTF-8) @return this builder */
    public CloudContextBuilder encoding(@Nullable String value) {
        return set(Setting.ENCODING, value);
    }

    /** @param value {@code public}, {@code internal} or {@code admin}: the default interface @return this builder */
    public CloudContextBuilder endpointInterface(@Nullable String value) {
        return set(Setting.INTERFACE, value);
    }

    /**
     * @param setting any setting
     * @param value its value (null unsets it here)
     * @return this builder
     */
    public CloudContextBuilder setting(Setting setting, @Nullable String value) {
        return set(setting, value);
    }

    /** @param value timeouts and pool size @return this builder */
    public CloudContextBuilder httpSettings(@Nullable HttpSettings value) {
        this.httpSettings = value;
        return this;
    }

    /**
     * @param value the retry settings of interactive calls (default {@link RetrySettings#defaults()}:
     *     about 2 s of retries, then the call fails)
     * @return this builder
     */
    public CloudContextBuilder retrySettings(RetrySettings value) {
        this.retryPolicies.interactive(Objects.requireNonNull(value, "retrySettings must not be null"));
        return this;
    }

    /**
     * @param value the retry settings of background work: folder syncs and uploads, large-object
     *     segments (default {@link RetrySettings#backgroundDefaults()}: rides through an outage of
     *     about half a minute)
     * @return this builder
     */
    public CloudContextBuilder backgroundRetrySettings(RetrySettings value) {
        this.retryPolicies.background(Objects.requireNonNull(value, "backgroundRetrySettings must not be null"));
        return this;
    }

    /**
     * @param value both retry policies as Spring Framework 7 {@code RetryPolicy} instances,
     *     replacing whatever {@link #retrySettings} and {@link #backgroundRetrySettings} set
     * @return this builder
     */
    public CloudContextBuilder retryPolicies(RetryPolicies value) {
        this.retryPolicies = Objects.requireNonNull(value, "retryPolicies must not be null").toBuilder();
        return this;
    }

    /** @param value where observations go (default: none) @return this builder */
    public CloudContextBuilder observationRegistry(@Nullable ObservationRegistry value) {
        this.observationRegistry = value == null ? ObservationRegistry.NOOP : value;
        return this;
    }

    /** @param value a WebClient builder to start from (cloned) @return this builder */
    public CloudContextBuilder webClientBuilder(WebClient.@Nullable Builder value) {
        this.webClientBuilder = value;
        return this;
    }

    /**
     * @param value builds the transport's connector instead of the transport (see
     *     {@link Transport.Builder#connectorFactory(ConnectorFactory)}); null for its own
     * @return this builder
     */
    public CloudContextBuilder connectorFactory(@Nullable ConnectorFactory value) {
        this.connectorFactory = value;
        return this;
    }

    /** @param value how long before expiry a token is replaced (default 60 s) @return this builder */
    public CloudContextBuilder tokenRefreshMargin(Duration value) {
        if (value == null || value.isNegative()) {
            throw new IllegalArgumentException("tokenRefreshMargin must be zero or positive, was " + value);
        }
        this.tokenRefreshMargin = value;
        return this;
    }

    /** @param value the clock token expiry is judged by @return this builder */
    public CloudContextBuilder clock(Clock value) {
        this.clock = Objects.requireNonNull(value, "clock must not be null");
        return this;
    }

    /**
     * @param value the message of the {@link org.cloudsdk.errors.NotAuthenticatedException} raised
     *     when the context has no credentials (the Spring starter names its properties here)
     * @return this builder
     */
    public CloudContextBuilder missingCredentialsHint(String value) {
        this.missingCredentialsHint = Objects.requireNonNull(value, "missingCredentialsHint must not be null");
        return this;
    }

    /**
     * @param value the tunables of every object storage client of the context, whichever way it is
     *     reached ({@code objectStorage()}, {@code objectStorage(region)}, {@code region(r).objectStorage()})
     *     (default: {@link ObjectStorageSettings#defaults()})
     * @return this builder
     */
    public CloudContextBuilder objectStorageSettings(ObjectStorageSettings value) {
        this.objectStorageSettings = Objects.requireNonNull(value, "objectStorageSettings must not be null");
        return this;
    }

    /**
     * Tunables of one service's clients, by their type (Cloud DNS's polling settings, Cloud Load
     * Balancers' wait settings, ...): every client of that service the context builds, in any
     * region, reads them. Giving settings of the same type again replaces them.
     *
     * @param value the settings object of a service package (its {@code XxxSettings} class)
     * @return this builder
     */
    public CloudContextBuilder serviceSettings(Object value) {
        Objects.requireNonNull(value, "serviceSettings must not be null");
        if (value instanceof ObjectStorageSettings storage) {
            return objectStorageSettings(storage);
        }
        serviceSettings.put(value.getClass(), value);
        return this;
    }

    /**
     * Pins the microversion of a service's clients, instead of the newest the server and the SDK
     * both support (negotiated on each client's first call).
     *
     * @param service a service name or alias ({@code compute}, {@code nova})
     * @param version such as {@code 2.79}, or {@code latest} (or null) to negotiate
     * @return this builder
     * @throws IllegalArgumentException when the service is unknown or the version malformed
     */
    public CloudContextBuilder microversion(String service, @Nullable String version) {
        ServiceType type = ServiceType.fromName(service);
        if (version == null || version.isBlank() || version.trim().equalsIgnoreCase("latest")) {
            microversions.remove(type);
        } else {
            org.cloudsdk.http.Microversion.parse(version.trim());
            microversions.put(type, version.trim());
        }
        return this;
    }

    /**
     * Where the context's background transfers (the files of folder uploads and syncs) run: an
     * application's task executor, or one of virtual threads. Each transfer still runs at most its
     * {@code parallelism} files at once, however many threads the executor has. The context never
     * shuts it down: its owner does, after closing the context.
     *
     * @param value the executor, or null (the default) for threads of the SDK's own per transfer,
     *     which end with it
     * @return this builder
     */
    public CloudContextBuilder transferExecutor(@Nullable Executor value) {
        this.transferExecutor = value;
        return this;
    }

    private CloudContextBuilder set(Setting setting, @Nullable String value) {
        if (value == null || value.isBlank()) {
            settings.remove(setting);
        } else {
            settings.put(setting, value.trim());
        }
        return this;
    }

    /**
     * @return the context, not yet authenticated
     * @throws InvalidConfigurationException when a setting, file or cloud entry is unusable
     * @throws SecretStoreException when {@code keyringAuth} cannot read the keychain
     */
    public CloudContext build() {
        Map<String, String> env = environmentVariables != null ? environmentVariables : System.getenv();
        CloudConfiguration config = configuration != null ? configuration
                : CloudConfiguration.load(configFile(env), env);
        String cloudName = cloud != null ? cloud : blankToNull(env.get(CloudsYaml.OS_CLOUD));
        Optional<CloudsYaml.Entry> cloudEntry = cloudName == null ? Optional.empty()
                : CloudsYaml.find(cloudName, env, Path.of(System.getProperty("user.home")), Path.of("").toAbsolutePath());
        CloudSettings base = cloudEntry.map(CloudsYaml.Entry::settings).orElse(CloudSettings.empty());
        CloudSettings effective = base.overriddenBy(config.settings(environment)).overriddenBy(CloudSettings.of(settings));

        CredentialFile file = credentialFile == null ? null : CredentialFile.read(credentialFile);
        if (file != null) {
            effective = file.settings().overriddenBy(effective);
        }
        Credentials resolved = resolveCredentials(effective, file, cloudEntry.orElse(null));
        if (resolved != null && effective.identityType() == null) {
            effective = effective.with(Setting.IDENTITY_TYPE, inferIdentityType(resolved, effective));
        }

        HttpSettings start = httpSettings != null ? httpSettings : HttpSettings.defaults();
        HttpSettings http = start
                .withVerifySsl(effective.verifySsl())
                .withDebug(effective.debug() || (httpSettings != null && httpSettings.debug()))
                .withCustomUserAgent(effective.customUserAgent())
                .withTls(ConnectionSettings.tls(effective, start.tls()))
                .withProxy(ConnectionSettings.proxy(effective, start.proxy(), env));
        Transport transport = Transport.builder().httpSettings(http).retryPolicies(retryPolicies.build())
                .observationRegistry(observationRegistry).webClientBuilder(webClientBuilder)
                .connectorFactory(connectorFactory).build();
        IdentityProvider provider = identityProvider != null ? identityProvider
                : effective.identityType() == null ? new KeystoneV3Identity()
                : IdentityProviders.forType(effective.identityType(), effective.authEndpoint(),
                        Thread.currentThread().getContextClassLoader());
        AuthScope scope = new AuthScope(effective.tenantId(), effective.tenantName(), effective.projectDomainId(),
                effective.projectDomainName(), effective.userDomainId(), effective.userDomainName(), domainId,
                domainName);
        IdentitySession session = new IdentitySession(provider, effective.authEndpoint(), effective.region(),
                new IdentityHttp(transport), resolved, scope, tokenRefreshMargin, clock, observationRegistry,
                missingCredentialsHint);
        return new CloudContext(effective, session, transport, objectStorageSettings, transferExecutor, microversions,
                serviceSettings);
    }

    private @Nullable Credentials resolveCredentials(CloudSettings effective, @Nullable CredentialFile file,
            CloudsYaml.@Nullable Entry cloudEntry) {
        if (credentials != null) {
            return credentials;
        }
        if (username != null && apiKey != null) {
            return Credentials.apiKey(username, apiKey);
        }
        if (username != null && password != null) {
            boolean rackspace = "rackspace".equalsIgnoreCase(effective.identityType());
            // pyrax's set_credentials(user, key) on rackspace identity sends an API key
            return rackspace && apiKeyLike(password) ? Credentials.apiKey(username, password)
                    : Credentials.password(username, password);
        }
        if (username != null || password != null || apiKey != null) {
            throw new IllegalArgumentException("username must be given together with a password or apiKey"
                    + (username == null ? " (username is missing)" : " (password/apiKey is missing)"));
        }
        if (file != null) {
            return file.credentials();
        }
        if (keyring) {
            String user = keyringUser != null ? keyringUser : effective.keyringUsername();
            if (user == null || user.isBlank()) {
                throw new IllegalArgumentException("keyringAuth needs a username: pass one or set keyring_username "
                        + "(CLOUD_KEYRING_USER)");
            }
            SecretStore store = secretStore != null ? secretStore : Keychains.osKeychain();
            String secret = store.getPassword(SecretStore.PYRAX_SERVICE, user).orElseThrow(() ->
                    new SecretStoreException("the keychain holds no secret for user '" + user + "' under service '"
                            + SecretStore.PYRAX_SERVICE + "'"));
            return "rackspace".equalsIgnoreCase(effective.identityType()) ? Credentials.apiKey(user, secret)
                    : Credentials.password(user, secret);
        }
        return cloudEntry == null ? null : cloudEntry.credentials();
    }

    private static boolean apiKeyLike(String value) {
        // Rackspace API keys are 32 hexadecimal characters; anything else is sent as a password
        return value.length() == 32 && value.chars().allMatch(c -> Character.digit(c, 16) >= 0);
    }

    private static String inferIdentityType(Credentials credentials, CloudSettings effective) {
        if (credentials instanceof Credentials.ApiKey) {
            return "rackspace";
        }
        if (effective.authEndpoint() != null) {
            return "keystone";
        }
        throw new InvalidConfigurationException("identity_type is not set: set it to 'keystone' or 'rackspace' in "
                + "code (identityType), in the configuration file, or with CLOUD_ID_TYPE");
    }

    private static Path configFile(Map<String, String> env) {
        String override = blankToNull(env.get(CloudConfiguration.CONFIG_FILE_VARIABLE));
        return override != null ? Path.of(override)
                : Path.of(System.getProperty("user.home"), CloudConfiguration.DEFAULT_CONFIG_FILE_NAME);
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
