package org.cloudsdk.autoconfigure;

import java.nio.file.Path;

/**
 * The settings of one cloud context, the core SDK's settings and credentials: the top level of
 * {@code cloud.*} and each {@code cloud.environments.<name>.*}. A value left unset (null) in an
 * environment is taken from the top level; a value left unset at the top level is taken from
 * the pyrax configuration file, clouds.yaml entry or credential file when one is named, else
 * from the SDK's defaults.
 */
public class CloudSettingsProperties {
    /** Identity system: keystone (v3 or v2 by the endpoint), keystone_v3, keystone_v2, rackspace, or the class name of an IdentityProvider. Inferred when unset: rackspace with an API key, else keystone. */
    private String identityType;
    /** URL of the identity service, such as http://127.0.0.1:5000/v3; not needed for the Rackspace public cloud. */
    private String authEndpoint;
    /** Default region, such as RegionOne or DFW (rackspace identity defaults to DFW). */
    private String region;
    /** Whether object storage uses its internal (ServiceNet) endpoint instead of the public one. */
    private Boolean useServicenet;
    /** User name to authenticate with. */
    private String username;
    /** Password of the user (for rackspace identity, a password or an API key). */
    private String password;
    /** Rackspace API key of the user, instead of a password. */
    private String apiKey;
    /** Tenant (project) id to scope the token to. */
    private String tenantId;
    /** Tenant (project) name to scope the token to. */
    private String tenantName;
    /** Identity v3: name of the user's domain, such as Default. */
    private String userDomainName;
    /** Identity v3: id of the user's domain. */
    private String userDomainId;
    /** Identity v3: name of the project's domain, such as Default. */
    private String projectDomainName;
    /** Identity v3: id of the project's domain. */
    private String projectDomainId;
    /** Identity v3: scope the token to this domain id instead of a project. */
    private String domainId;
    /** Identity v3: scope the token to this domain name instead of a project. */
    private String domainName;
    /** A token obtained elsewhere (with tenant-id or tenant-name), instead of credentials; it cannot be renewed when it expires. */
    private String token;
    /** pyrax credential file with a [keystone] or [rackspace_cloud] section. */
    private Path credentialFile;
    /** pyrax configuration file (such as ~/.pyrax.cfg) to read settings from, under these properties; its environment of the same name as the active one is used when it has one, else its default. Not read unless set. */
    private Path configFile;
    /** Entry of OpenStack's clouds.yaml to read settings and credentials from. */
    private String cloud;
    /** Whether TLS certificates are verified. */
    private Boolean verifySsl;
    /** Text put in front of the SDK's own User-Agent header. */
    private String userAgent;
    /** Whether every request and response is logged (secrets redacted). */
    private Boolean debug;
    /** Character set of non-ASCII text. */
    private String encoding;
    /** Default endpoint interface of the clients: public, internal or admin. */
    private String endpointInterface;
    /** Identity v3 application credential, instead of a password. */
    private final ApplicationCredential applicationCredential = new ApplicationCredential();
    /** @return identity system: keystone (v3 or v2 by the endpoint), keystone_v3, keystone_v2, rackspace, or the class name of an IdentityProvider. Inferred when unset: rackspace with an API key, else keystone. */
    public String getIdentityType() {
        return identityType;
    }

    /** @param identityType identity system: keystone (v3 or v2 by the endpoint), keystone_v3, keystone_v2, rackspace, or the class name of an IdentityProvider. Inferred when unset: rackspace with an API key, else keystone. */
    public void setIdentityType(String identityType) {
        this.identityType = identityType;
    }
    /** @return uRL of the identity service, such as http://127.0.0.1:5000/v3; not needed for the Rackspace public cloud. */
    public String getAuthEndpoint() {
        return authEndpoint;
    }

    /** @param authEndpoint uRL of the identity service, such as http://127.0.0.1:5000/v3; not needed for the Rackspace public cloud. */
    public void setAuthEndpoint(String authEndpoint) {
        this.authEndpoint = authEndpoint;
    }
    /** @return default region, such as RegionOne or DFW (rackspace identity defaults to DFW). */
    public String getRegion() {
        return region;
    }

    /** @param region default region, such as RegionOne or DFW (rackspace identity defaults to DFW). */
    public void setRegion(String region) {
        this.region = region;
    }
    /** @return whether object storage uses its internal (ServiceNet) endpoint instead of the public one. */
    public Boolean getUseServicenet() {
        return useServicenet;
    }

    /** @param useServicenet whether object storage uses its internal (ServiceNet) endpoint instead of the public one. */
    public void setUseServicenet(Boolean useServicenet) {
        this.useServicenet = useServicenet;
    }
    /** @return user name to authenticate with. */
    public String getUsername() {
        return username;
    }

    /** @param username user name to authenticate with. */
    public void setUsername(String username) {
        this.username = username;
    }
    /** @return password of the user (for rackspace identity, a password or an API key). */
    public String getPassword() {
        return password;
    }

    /** @param password password of the user (for rackspace identity, a password or an API key). */
    public void setPassword(String password) {
        this.password = password;
    }
    /** @return rackspace API key of the user, instead of a password. */
    public String getApiKey() {
        return apiKey;
    }

    /** @param apiKey rackspace API key of the user, instead of a password. */
    public void setApiKey(String apiKey) {
        this.apiKey = apiKey;
    }
    /** @return tenant (project) id to scope the token to. */
    public String getTenantId() {
        return tenantId;
    }

    /** @param tenantId tenant (project) id to scope the token to. */
    public void setTenantId(String tenantId) {
        this.tenantId = tenantId;
    }
    /** @return tenant (project) name to scope the token to. */
    public String getTenantName() {
        return tenantName;
    }

    /** @param tenantName tenant (project) name to scope the token to. */
    public void setTenantName(String tenantName) {
        this.tenantName = tenantName;
    }
    /** @return identity v3: name of the user's domain, such as Default. */
    public String getUserDomainName() {
        return userDomainName;
    }

    /** @param userDomainName identity v3: name of the user's domain, such as Default. */
    public void setUserDomainName(String userDomainName) {
        this.userDomainName = userDomainName;
    }
    /** @return identity v3: id of the user's domain. */
    public String getUserDomainId() {
        return userDomainId;
    }

    /** @param userDomainId identity v3: id of the user's domain. */
    public void setUserDomainId(String userDomainId) {
        this.userDomainId = userDomainId;
    }
    /** @return identity v3: name of the project's domain, such as Default. */
    public String getProjectDomainName() {
        return projectDomainName;
    }

    /** @param projectDomainName identity v3: name of the project's domain, such as Default. */
    public void setProjectDomainName(String projectDomainName) {
        this.projectDomainName = projectDomainName;
    }
    /** @return identity v3: id of the project's domain. */
    public String getProjectDomainId() {
        return projectDomainId;
    }

    /** @param projectDomainId identity v3: id of the project's domain. */
    public void setProjectDomainId(String projectDomainId) {
        this.projectDomainId = projectDomainId;
    }
    /** @return identity v3: scope the token to this domain id instead of a project. */
    public String getDomainId() {
        return domainId;
    }

    /** @param domainId identity v3: scope the token to this domain id instead of a project. */
    public void setDomainId(String domainId) {
        this.domainId = domainId;
    }
    /** @return identity v3: scope the token to this domain name instead of a project. */
    public String getDomainName() {
        return domainName;
    }

    /** @param domainName identity v3: scope the token to this domain name instead of a project. */
    public void setDomainName(String domainName) {
        this.domainName = domainName;
    }
    /** @return a token obtained elsewhere (with tenant-id or tenant-name), instead of credentials; it cannot be renewed when it expires. */
    public String getToken() {
        return token;
    }

    /** @param token a token obtained elsewhere (with tenant-id or tenant-name), instead of credentials; it cannot be renewed when it expires. */
    public void setToken(String token) {
        this.token = token;
    }
    /** @return pyrax credential file with a [keystone] or [rackspace_cloud] section. */
    public Path getCredentialFile() {
        return credentialFile;
    }

    /** @param credentialFile pyrax credential file with a [keystone] or [rackspace_cloud] section. */
    public void setCredentialFile(Path credentialFile) {
        this.credentialFile = credentialFile;
    }
    /** @return pyrax configuration file (such as ~/.pyrax.cfg) to read settings from, under these properties; its environment of the same name as the active one is used when it has one, else its default. Not read unless set. */
    public Path getConfigFile() {
        return configFile;
    }

    /** @param configFile pyrax configuration file (such as ~/.pyrax.cfg) to read settings from, under these properties; its environment of the same name as the active one is used when it has one, else its default. Not read unless set. */
    public void setConfigFile(Path configFile) {
        this.configFile = configFile;
    }
    /** @return entry of OpenStack's clouds.yaml to read settings and credentials from. */
    public String getCloud() {
        return cloud;
    }

    /** @param cloud entry of OpenStack's clouds.yaml to read settings and credentials from. */
    public void setCloud(String cloud) {
        this.cloud = cloud;
    }
    /** @return whether TLS certificates are verified. */
    public Boolean getVerifySsl() {
        return verifySsl;
    }

    /** @param verifySsl whether TLS certificates are verified. */
    public void setVerifySsl(Boolean verifySsl) {
        this.verifySsl = verifySsl;
    }
    /** @return text put in front of the SDK's own User-Agent header. */
    public String getUserAgent() {
        return userAgent;
    }

    /** @param userAgent text put in front of the SDK's own User-Agent header. */
    public void setUserAgent(String userAgent) {
        this.userAgent = userAgent;
    }
    /** @return whether every request and response is logged (secrets redacted). */
    public Boolean getDebug() {
        return debug;
    }

    /** @param debug whether every request and response is logged (secrets redacted). */
    public void setDebug(Boolean debug) {
        this.debug = debug;
    }
    /** @return character set of non-ASCII text. */
    public String getEncoding() {
        return encoding;
    }

    /** @param encoding character set of non-ASCII text. */
    public void setEncoding(String encoding) {
        this.encoding = encoding;
    }
    /** @return default endpoint interface of the clients: public, internal or admin. */
    public String getInterface() {
        return endpointInterface;
    }

    /** @param value default endpoint interface of the clients: public, internal or admin. */
    public void setInterface(String value) {
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

    private static <T> T pick(T preferred, T fallback) {
        return preferred != null ? preferred : fallback;
    }

    /** An identity v3 application credential: it needs neither a password nor a project scope. */
    public static class ApplicationCredential {

        /** Id of the application credential. */
        private String id;

        /** Secret of the application credential. */
        private String secret;

        /** @return the application credential's id */
        public String getId() {
            return id;
        }

        /** @param id the application credential's id */
        public void setId(String id) {
            this.id = id;
        }

        /** @return the application credential's secret */
        public String getSecret() {
            return secret;
        }

        /** @param secret the application credential's secret */
        public void setSecret(String secret) {
            this.secret = secret;
        }
    }
}
