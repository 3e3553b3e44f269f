package org.cloudsdk.autoconfigure;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;

/**
 * The settings of one cloud context, the core SDK's settings and credentials: the top level of
 * {@code cloud.*} and each {@code cloud.environments.<name>.*}. A value left unset (null) in an
 * environment is taken from the top level; a value left unset at the top level is taken from
 * the pyrax configuration file, clouds.yaml entry or credential file when one is named, else
 * from the SDK's defaults.
 */
public class CloudSettingsProperties {
    /** Identity system: keystone (v3 or v2 by the endpoint), keystone_v3, keystone_v2, rackspace, or the class name of an IdentityProvider. Inferred when unset: rackspace with an API key, else keystone. */
    private @Nullable String identityType;
    /** URL of the identity service, such as http://127.0.0.1:5000/v3; not needed for the Rackspace public cloud. */
    private @Nullable String authEndpoint;
    /** Default region, such as RegionOne or DFW (rackspace identity defaults to DFW). */
    private @Nullable String region;
    /** Whether object storage uses its internal (ServiceNet) endpoint instead of the public one. */
    private @Nullable Boolean useServicenet;
    /** User name to authenticate with. */
    private @Nullable String username;
    /** Password of the user (for rackspace identity, a password or an API key). */
    private @Nullable String password;
    /** Rackspace API key of the user, instead of a password. */
    private @Nullable String apiKey;
    /** Tenant (project) id to scope the token to. */
    private @Nullable String tenantId;
    /** Tenant (project) name to scope the token to. */
    private @Nullable String tenantName;
    /** Identity v3: name of the user's domain, such as Default. */
    private @Nullable String userDomainName;
    /** Identity v3: id of the user's domain. */
    private @Nullable String userDomainId;
    /** Identity v3: name of the project's domain, such as Default. */
    private @Nullable String projectDomainName;
    /** Identity v3: id of the project's domain. */
    private @Nullable String projectDomainId;
    /** Identity v3: scope the token to this domain id instead of a project. */
    private @Nullable String domainId;
    /** Identity v3: scope the token to this domain name instead of a project. */
    private @Nullable String domainName;
    /** A token obtained elsewhere (with tenant-id or tenant-name), instead of credentials; it cannot be renewed when it expires. */
    private @Nullable String token;
    /** pyrax credential file with a [keystone] or [rackspace_cloud] section. */
    private @Nullable Path credentialFile;
    /** pyrax configuration file (such as ~/.pyrax.cfg) to read settings from, under these properties; its environment of the same name as the active one is used when it has one, else its default. Not read unless set. */
    private @Nullable Path configFile;
    /** Entry of OpenStack's clouds.yaml to read settings and credentials from. */
    private @Nullable String cloud;
    /** Whether TLS certificates are verified. */
    private @Nullable Boolean verifySsl;
    /** Text put in front of the SDK's own User-Agent header. */
    private @Nullable String userAgent;
    /** Whether every request and response is logged (secrets redacted). */
    private @Nullable Boolean debug;
    /** Character set of non-ASCII text. */
    private @Nullable String encoding;
    /** Default endpoint interface of the clients: public, internal or admin. */
    private @Nullable String endpointInterface;
    /** Identity v3 application credential, instead of a password. */
    private final ApplicationCredential applicationCredential = new ApplicationCredential();
    /** @return identity system: keystone (v3 or v2 by the endpoint), keystone_v3, keystone_v2, rackspace, or the class name of an IdentityProvider. Inferred when unset: rackspace with an API key, else keystone. */
    public @Nullable String getIdentityType() {
        return identityType;
    }

    /** @param identityType identity system: keystone (v3 or v2 by the endpoint), keystone_v3, keystone_v2, rackspace, or the class name of an IdentityProvider. Inferred when unset: rackspace with an API key, else keystone. */
    public void setIdentityType(@Nullable String identityType) {
        this.identityType = identityType;
    }
    /** @return uRL of the identity service, such as http://127.0.0.1:5000/v3; not needed for the Rackspace public cloud. */
    public @Nullable String getAuthEndpoint() {
        return authEndpoint;
    }

    /** @param authEndpoint uRL of the identity service, such as http://127.0.0.1:5000/v3; not needed for the Rackspace public cloud. */
    public void setAuthEndpoint(@Nullable String authEndpoint) {
        this.authEndpoint = authEndpoint;
    }
    /** @return default region, such as RegionOne or DFW (rackspace identity defaults to DFW). */
    public @Nullable String getRegion() {
        return region;
    }

    /** @param region default region, such as RegionOne or DFW (rackspace identity defaults to DFW). */
    public void setRegion(@Nullable String region) {
        this.region = region;
    }
    /** @return whether object storage uses its internal (ServiceNet) endpoint instead of the public one. */
    public @Nullable Boolean getUseServicenet() {
        return useServicenet;
    }

    /** @param useServicenet whether object storage uses its internal (ServiceNet) endpoint instead of the public one. */
    public void setUseServicenet(@Nullable Boolean useServicenet) {
        this.useServicenet = useServicenet;
    }
    /** @return user name to authenticate with. */
    public @Nullable String getUsername() {
        return username;
    }

    /** @param username user name to authenticate with. */
    public void setUsername(@Nullable String username) {
        this.username = username;
    }
    /** @return password of the user (for rackspace identity, a password or an API key). */
    public @Nullable String getPassword() {
        return password;
    }

    /** @param password password of the user (for rackspace identity, a password or an API key). */
    public void setPassword(@Nullable String password) {
        this.password = password;
    }
    /** @return rackspace API key of the user, instead of a password. */
    public @Nullable String getApiKey() {
        return apiKey;
    }

    /** @param apiKey rackspace API key of the user, instead of a password. */
    public void setApiKey(@Nullable String apiKey) {
        this.apiKey = apiKey;
    }
    /** @return tenant (project) id to scope the token to. */
    public @Nullable String getTenantId() {
        return tenantId;
    }

    /** @param tenantId tenant (project) id to scope the token to. */
    public void setTenantId(@Nullable String tenantId) {
        this.tenantId = tenantId;
    }
    /** @return tenant (project) name to scope the token to. */
    public @Nullable String getTenantName() {
        return tenantName;
    }

    /** @param tenantName tenant (project) name to scope the token to. */
    public void setTenantName(@Nullable String tenantName) {
        this.tenantName = tenantName;
    }
    /** @return identity v3: name of the user's domain, such as Default. */
    public @Nullable String getUserDomainName() {
        return userDomainName;
    }

    /** @param userDomainName identity v3: name of the user's domain, such as Default. */
    public void setUserDomainName(@Nullable String userDomainName) {
        this.userDomainName = userDomainName;
    }
    /** @return identity v3: id of the user's domain. */
    public @Nullable String getUserDomainId() {
        return userDomainId;
    }

    /** @param userDomainId identity v3: id of the user's domain. */
    public void setUserDomainId(@Nullable String userDomainId) {
        this.userDomainId = userDomainId;
    }
    /** @return identity v3: name of the project's domain, such as Default. */
    public @Nullable String getProjectDomainName() {
        return projectDomainName;
    }

    /** @param projectDomainName identity v3: name of the project's domain, such as Default. */
    public void setProjectDomainName(@Nullable String projectDomainName) {
        this.projectDomainName = projectDomainName;
    }
    /** @return identity v3: id of the project's domain. */
    public @Nullable String getProjectDomainId() {
        return projectDomainId;
    }

    /** @param projectDomainId identity v3: id of the project's domain. */
    public void setProjectDomainId(@Nullable String projectDomainId) {
        this.projectDomainId = projectDomainId;
    }
    /** @return identity v3: scope the token to this domain id instead of a project. */
    public @Nullable String getDomainId() {
        return domainId;
    }

    /** @param domainId identity v3: scope the token to this domain id instead of a project. */
    public void setDomainId(@Nullable String domainId) {
        this.domainId = domainId;
    }
    /** @return identity v3: scope the token to this domain name instead of a project. */
    public @Nullable String getDomainName() {
        return domainName;
    }

    /** @param domainName identity v3: scope the token to this domain name instead of a project. */
    public void setDomainName(@Nullable String domainName) {
        this.domainName = domainName;
    }
    /** @return a token obtained elsewhere (with tenant-id or tenant-name), instead of credentials; it cannot be renewed when it expires. */
    public @Nullable String getToken() {
        return token;
    }

    /** @param token a token obtained elsewhere (with tenant-id or tenant-name), instead of credentials; it cannot be renewed when it expires. */
    public void setToken(@Nullable String token) {
        this.token = token;
    }
    /** @return pyrax credential file with a [keystone] or [rackspace_cloud] section. */
    public @Nullable Path getCredentialFile() {
        return credentialFile;
    }

    /** @param credentialFile pyrax credential file with a [keystone] or [rackspace_cloud] section. */
    public void setCredentialFile(@Nullable Path credentialFile) {
        this.credentialFile = credentialFile;
    }
    /** @return pyrax configuration file (such as ~/.pyrax.cfg) to read settings from, under these properties; its environment of the same name as the active one is used when it has one, else its default. Not read unless set. */
    public @Nullable Path getConfigFile() {
        return configFile;
    }

    /** @param configFile pyrax configuration file (such as ~/.pyrax.cfg) to read settings from, under these properties; its environment of the same name as the active one is used when it has one, else its default. Not read unless set. */
    public void setConfigFile(@Nullable Path configFile) {
        this.configFile = configFile;
    }
    /** @return entry of OpenStack's clouds.yaml to read settings and credentials from. */
    public @Nullable String getCloud() {
        return cloud;
    }

    /** @param cloud entry of OpenStack's clouds.yaml to read settings and credentials from. */
    public void setCloud(@Nullable String cloud) {
        this.cloud = cloud;
    }
    /** @return whether TLS certificates are verified. */
    public @Nullable Boolean getVerifySsl() {
        return verifySsl;
    }

    /** @param verifySsl whether TLS certificates are verified. */
    public void setVerifySsl(@Nullable Boolean verifySsl) {
        this.verifySsl = verifySsl;
    }
    /** @return text put in front of the SDK's own User-Agent header. */
    public @Nullable String getUserAgent() {
        return userAgent;
    }

    /** @param userAgent text put in front of the SDK's own User-Agent header. */
    public void setUserAgent(@Nullable String userAgent) {
        this.userAgent = userAgent;
    }
    /** @return whether every request and response is logged (secrets redacted). */
    public @Nullable Boolean getDebug() {
        return debug;
    }

    /** @param debug whether every request and response is logged (secrets redacted). */
    public void setDebug(@Nullable Boolean debug) {
        this.debug = debug;
    }
    /** @return character set of non-ASCII text. */
    public @Nullable String getEncoding() {
        return encoding;
    }

    /** @param encoding character set of non-ASCII text. */
    public void setEncoding(@Nullable String encoding) {
        this.encoding = encoding;
    }
    /** @return default endpoint interface of the clients: public, internal or admin. */
    public @Nullable String getInterface() {
        return endpointInterface;
    }

    /** @param value default endpoint interface of the clients: public, internal or admin. */
    public void setInterface(@Nullable String value) {
        this.endpointInterface = value;
    }
    /** @return the application credential (id and secret) */
    public ApplicationCredential getApplicationCredential() {
        return applicationCredential;
    }

    /**
     * @param override settings whose values, where set, win over these
     * @return new settings: these, overridden by {@code override}
     */
    public CloudSettingsProperties overriddenBy(CloudSettingsProperties override) {
        CloudSettingsProperties merged = new CloudSettingsProperties();
        merged.identityType = pick(override.identityType, identityType);
        merged.authEndpoint = pick(override.authEndpoint, authEndpoint);
        merged.region = pick(override.region, region);
        merged.useServicenet = pick(override.useServicenet, useServicenet);
        merged.username = pick(override.username, username);
        merged.password = pick(override.password, password);
        merged.apiKey = pick(override.apiKey, apiKey);
        merged.tenantId = pick(override.tenantId, tenantId);
        merged.tenantName = pick(override.tenantName, tenantName);
        merged.userDomainName = pick(override.userDomainName, userDomainName);
        merged.userDomainId = pick(override.userDomainId, userDomainId);
        merged.projectDomainName = pick(override.projectDomainName, projectDomainName);
        merged.projectDomainId = pick(override.projectDomainId, projectDomainId);
        merged.domainId = pick(override.domainId, domainId);
        merged.domainName = pick(override.domainName, domainName);
        merged.token = pick(override.token, token);
        merged.credentialFile = pick(override.credentialFile, credentialFile);
        merged.configFile = pick(override.configFile, configFile);
        merged.cloud = pick(override.cloud, cloud);
        merged.verifySsl = pick(override.verifySsl, verifySsl);
        merged.userAgent = pick(override.userAgent, userAgent);
        merged.debug = pick(override.debug, debug);
        merged.encoding = pick(override.encoding, encoding);
        merged.endpointInterface = pick(override.endpointInterface, endpointInterface);
        ApplicationCredential credential = override.applicationCredential.getId() != null
                ? override.applicationCredential : applicationCredential;
        merged.applicationCredential.setId(credential.getId());
        merged.applicationCredential.setSecret(credential.getSecret());
        return merged;
    }

    private static <T> @Nullable T pick(@Nullable T preferred, @Nullable T fallback) {
        return preferred != null ? preferred : fallback;
    }

    /** An identity v3 application credential: it needs neither a password nor a project scope. */
    public static class ApplicationCredential {

        /** Id of the application credential. */
        private @Nullable String id;

        /** Secret of the application credential. */
        private @Nullable String secret;

        /** @return the application credential's id */
        public @Nullable String getId() {
            return id;
        }

        /** @param id the application credential's id */
        public void setId(@Nullable String id) {
            this.id = id;
        }

        /** @return the application credential's secret */
        public @Nullable String getSecret() {
            return secret;
        }

        /** @param secret the application credential's secret */
        public void setSecret(@Nullable String secret) {
            this.secret = secret;
        }
    }
}
