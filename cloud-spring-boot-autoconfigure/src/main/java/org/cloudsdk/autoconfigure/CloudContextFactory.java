package org.cloudsdk.autoconfigure;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

import org.cloudsdk.CloudContext;
import org.cloudsdk.CloudContextBuilder;
import org.cloudsdk.CloudServices;
import org.cloudsdk.config.CloudConfiguration;
import org.cloudsdk.errors.InvalidConfigurationException;
import org.cloudsdk.http.ConnectorFactory;
import org.cloudsdk.http.HttpSettings;
import org.cloudsdk.http.ProxySettings;
import org.cloudsdk.http.RetryPolicies;
import org.cloudsdk.http.TlsSettings;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.PropertyMapper;
import org.springframework.boot.ssl.NoSuchSslBundleException;
import org.springframework.boot.ssl.SslBundle;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.boot.ssl.SslOptions;
import org.springframework.web.reactive.function.client.WebClient;

import io.micrometer.observation.ObservationRegistry;

/**
 * Builds unauthenticated {@link CloudContext}s from the {@code cloud.*} properties, one per
 * environment: the top-level settings overridden by {@code cloud.environments.<name>.*}, the
 * shared retry policies, the {@code cloud.object-storage.*} tunables (which the context applies to
 * every object storage client it makes), the transfer executor, the observation registry, the
 * WebClient builder and the customizers.
 *
 * <p>The Spring properties are the source of truth: the machine's {@code ~/.pyrax.cfg},
 * {@code CLOUD_*} and {@code OS_CLOUD} variables are ignored unless {@code cloud.config-file}
 * names a pyrax file or {@code cloud.read-machine-settings} is on. Building makes no network call.
 */
public final class CloudContextFactory {

    private final CloudProperties properties;
    private final RetryPolicies retryPolicies;
    private final @Nullable ObservationRegistry observationRegistry;
    private final @Nullable Supplier<WebClient.@Nullable Builder> webClientBuilder;
    private final List<CloudContextCustomizer> customizers;
    private final @Nullable Executor transferExecutor;
    private final @Nullable SslBundles sslBundles;
    private final @Nullable ConnectorFactory bootConnector;

    /**
     * @param properties the bound properties
     * @param retryPolicies the retry policies of every transport
     * @param observationRegistry where observations go, or null for none
     * @param webClientBuilder supplies the (customized) WebClient builder to start from, or null
     * @param customizers applied in list order to each builder
     * @param transferExecutor where the contexts' folder transfers run (never shut down here), or
     *     null for the SDK's own threads
     */
    public CloudContextFactory(CloudProperties properties, RetryPolicies retryPolicies,
            @Nullable ObservationRegistry observationRegistry,
            @Nullable Supplier<WebClient.@Nullable Builder> webClientBuilder, List<CloudContextCustomizer> customizers,
            @Nullable Executor transferExecutor) {
        this(properties, retryPolicies, observationRegistry, webClientBuilder, customizers, transferExecutor, null,
                null);
    }

    /**
     * @param properties the bound properties
     * @param retryPolicies the retry policies of every transport
     * @param observationRegistry where observations go, or null for none
     * @param webClientBuilder supplies the (customized) WebClient builder to start from, or null
     * @param customizers applied in list order to each builder
     * @param transferExecutor where the contexts' folder transfers run (never shut down here), or
     *     null for the SDK's own threads
     * @param sslBundles Spring Boot's SSL bundles, for {@code cloud.http.ssl-bundle}; null when none
     * @param bootConnector builds the connector from Spring Boot's connector builder and settings,
     *     used when the WebClient builder comes from Boot; null for the SDK's own connector
     */
    public CloudContextFactory(CloudProperties properties, RetryPolicies retryPolicies,
            @Nullable ObservationRegistry observationRegistry,
            @Nullable Supplier<WebClient.@Nullable Builder> webClientBuilder, List<CloudContextCustomizer> customizers,
            @Nullable Executor transferExecutor, @Nullable SslBundles sslBundles, @Nullable ConnectorFactory bootConnector) {
        this.properties = properties;
        this.retryPolicies = retryPolicies;
        this.observationRegistry = observationRegistry;
        this.webClientBuilder = webClientBuilder;
        this.customizers = List.copyOf(customizers);
        this.transferExecutor = transferExecutor;
        this.sslBundles = sslBundles;
        this.bootConnector = bootConnector;
    }

    /** @return the bound properties */
    public CloudProperties properties() {
        return properties;
    }

    /**
     * @param environment the active environment or one of {@code cloud.environments}
     * @return a new, unauthenticated context; the caller closes it
     * @throws IllegalArgumentException when the environment is unknown
     * @throws InvalidConfigurationException when a setting or named file is unusable
     */
    public CloudContext create(String environment) {
        CloudSettingsProperties settings = properties.settingsFor(environment);
        CloudContextBuilder builder = CloudContext.builder().missingCredentialsHint(missingCredentialsHint(environment));
        sources(builder, settings, environment);
        apply(builder, settings);
        builder.httpSettings(httpSettings()).retryPolicies(retryPolicies)
                .objectStorageSettings(properties.getObjectStorage().toSettings())
                .transferExecutor(transferExecutor);
        ServiceNames.check(properties.getServices());
        properties.getServices().forEach((service, serviceSettings) -> {
            String microversion = serviceSettings.getMicroversion();
            if (microversion != null) {
                builder.microversion(CloudServices.find(service).map(definition -> definition.type().serviceName())
                        .orElse(service), microversion);
            }
        });
        if (observationRegistry != null) {
            builder.observationRegistry(observationRegistry);
        }
        WebClient.Builder base = webClientBuilder == null ? null : webClientBuilder.get();
        if (base != null) {
            builder.webClientBuilder(base);
            // Boot's connector settings (timeouts, customizers) travel with Boot's builder: keep them
            builder.connectorFactory(bootConnector);
        }
        customizers.forEach(customizer -> customizer.customize(environment, builder));
        return builder.build();
    }

    /** {@code cloud.http.*}, with the SSL bundle it names and the environment's proxy when asked for. */
    private HttpSettings httpSettings() {
        CloudHttpProperties http = properties.getHttp();
        HttpSettings settings = http.toHttpSettings();
        String bundle = http.getSslBundle();
        if (bundle != null && !bundle.isBlank()) {
            settings = settings.withTls(sslBundle(http, bundle.strip()));
        }
        if (settings.proxy() == null && http.isUseEnvironmentProxy()) {
            settings = settings.withProxy(ProxySettings.fromEnvironment(System.getenv()));
        }
        return settings;
    }

    private TlsSettings sslBundle(CloudHttpProperties http, String name) {
        if (http.getCaBundle() != null || http.getTrustStore() != null || http.getClientCertificate() != null) {
            throw new IllegalArgumentException("cloud.http.ssl-bundle: the bundle '" + name + "' holds the trust and "
                    + "the client certificate, so it cannot be combined with cloud.http.ca-bundle, "
                    + "cloud.http.trust-store or cloud.http.client-certificate");
        }
        if (sslBundles == null) {
            throw new IllegalArgumentException("cloud.http.ssl-bundle names '" + name + "' but this application has "
                    + "no SslBundles bean (Spring Boot's SslAutoConfiguration)");
        }
        SslBundle bundle;
        try {
            bundle = sslBundles.getBundle(name);
        } catch (NoSuchSslBundleException e) {
            throw new IllegalArgumentException("cloud.http.ssl-bundle: there is no SSL bundle named '" + name
                    + "' (define it under spring.ssl.bundle.pem." + name + " or spring.ssl.bundle.jks." + name + ")", e);
        }
        SslOptions options = bundle.getOptions();
        return TlsSettings.builder()
                .trustManagerFactory(bundle.getManagers().getTrustManagerFactory())
                .keyManagerFactory(bundle.getStores().getKeyStore() == null ? null
                        : bundle.getManagers().getKeyManagerFactory())
                .protocols(options.getEnabledProtocols() == null ? null : List.of(options.getEnabledProtocols()))
                .ciphers(options.getCiphers() == null ? null : List.of(options.getCiphers()))
                .build();
    }

    private void sources(CloudContextBuilder builder, CloudSettingsProperties settings, String environment) {
        Map<String, String> variables = properties.isReadMachineSettings() ? System.getenv() : Map.of();
        Path configFile = settings.getConfigFile();
        if (configFile != null) {
            if (!Files.isRegularFile(configFile)) {
                throw new InvalidConfigurationException("cloud.config-file names " + configFile
                        + ", which does not exist or is not a file");
            }
            CloudConfiguration configuration = CloudConfiguration.load(configFile, variables);
            builder.configuration(configuration);
            if (configuration.listEnvironments().contains(environment)) {
                builder.environment(environment);
            }
        } else if (!properties.isReadMachineSettings()) {
            builder.configuration(CloudConfiguration.of(null, variables));
        }
        builder.environmentVariables(variables);
    }

    private static void apply(CloudContextBuilder builder, CloudSettingsProperties settings) {
        PropertyMapper map = PropertyMapper.get();
        map.from(settings::getIdentityType).to(builder::identityType);
        map.from(settings::getAuthEndpoint).to(builder::authEndpoint);
        map.from(settings::getRegion).to(builder::region);
        map.from(settings::getUseServicenet).to(builder::useServicenet);
        map.from(settings::getTenantId).to(builder::tenantId);
        map.from(settings::getTenantName).to(builder::tenantName);
        map.from(settings::getUserDomainName).to(builder::userDomainName);
        map.from(settings::getUserDomainId).to(builder::userDomainId);
        map.from(settings::getProjectDomainName).to(builder::projectDomainName);
        map.from(settings::getProjectDomainId).to(builder::projectDomainId);
        map.from(settings::getDomainId).to(builder::domainId);
        map.from(settings::getDomainName).to(builder::domainName);
        map.from(settings::getUsername).to(builder::username);
        map.from(settings::getPassword).to(builder::password);
        map.from(settings::getApiKey).to(builder::apiKey);
        map.from(settings::getCredentialFile).to(builder::credentialFile);
        map.from(settings::getCloud).to(builder::cloud);
        map.from(settings::getVerifySsl).to(builder::verifySsl);
        map.from(settings::getUserAgent).to(builder::customUserAgent);
        map.from(settings::getDebug).to(builder::debug);
        map.from(settings::getEncoding).to(builder::encoding);
        map.from(settings::getInterface).to(builder::endpointInterface);
        CloudSettingsProperties.ApplicationCredential credential = settings.getApplicationCredential();
        String id = credential.getId();
        if (id != null) {
            String secret = credential.getSecret();
            if (secret == null) {
                // what the core answers a null secret, with the property's name
                throw new IllegalArgumentException("application-credential.secret: expected a non-blank value but got "
                        + "null");
            }
            builder.applicationCredential(id, secret);
        }
        String token = settings.getToken();
        if (token != null) {
            builder.token(token);
        }
    }

    private String missingCredentialsHint(String environment) {
        String prefix = properties.getEnvironments().containsKey(environment)
                ? "cloud.environments." + environment + "." : "cloud.";
        return "the cloud context of environment '" + environment + "' has no credentials: set " + prefix
                + "username with " + prefix + "password (or " + prefix + "api-key), " + prefix
                + "application-credential.id with " + prefix + "application-credential.secret, " + prefix
                + "token, " + prefix + "credential-file, or " + prefix + "cloud (a clouds.yaml entry)";
    }
}
