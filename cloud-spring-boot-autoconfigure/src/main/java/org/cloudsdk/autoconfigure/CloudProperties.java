package org.cloudsdk.autoconfigure;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code cloud.*} properties: the settings of the core SDK (pyrax's settings and
 * credentials) for the context bean.
 */
@ConfigurationProperties("cloud")
public class CloudProperties {

    /** Identity system: keystone, keystone_v3, keystone_v2, rackspace, or a class implementing IdentityProvider. */
    private String identityType;

    /** URL of the identity service; not needed for the Rackspace public cloud. */
    private String authEndpoint;

    /** Default region, such as RegionOne or DFW (rackspace default: DFW). */
    private String region;

    /** Use the internal (ServiceNet) URL for object storage. */
    private boolean useServicenet;

    /** User name. */
    private String username;

    /** Password. */
    private String password;

    /** Rackspace API key. */
    private String apiKey;

    /** Tenant (project) id. */
    private String tenantId;

    /** Tenant (project) name. */
    private String tenantName;

    /** Identity v3: the user's domain name. */
    private String userDomainName;

    /** Identity v3: the project's domain name. */
    private String projectDomainName;

    /** Identity v3 application credential id (used with application-credential-secret, instead of a password). */
    private String applicationCredentialId;

    /** Identity v3 application credential secret. */
    private String applicationCredentialSecret;

    /** pyrax credential file ([keystone] or [rackspace_cloud] section). */
    private Path credentialFile;

    /** Cloud of OpenStack's clouds.yaml to use (default: OS_CLOUD). */
    private String cloud;

    /** Environment (section) of the pyrax configuration file to use. */
    private String environment;

    /** Verify TLS certificates. */
    private boolean verifySsl = true;

    /** Put in front of the SDK's User-Agent. */
    private String userAgent;

    /** Log every request and response (secrets redacted). */
    private boolean debug;

    public String getIdentityType() {
        return identityType;
    }

    public void setIdentityType(String identityType) {
        this.identityType = identityType;
    }

    public String getAuthEndpoint() {
        return authEndpoint;
    }

    public void setAuthEndpoint(String authEndpoint) {
        this.authEndpoint = authEndpoint;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public boolean isUseServicenet() {
        return useServicenet;
    }

    public void setUseServicenet(boolean useServicenet) {
        this.useServicenet = useServicenet;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getApiKey() {
        return apiKey;
    }

    public void setApiKey(String apiKey) {
        this.apiKey = apiKey;
    }

    public String getTenantId() {
        return tenantId;
    }

    public void setTenantId(String tenantId) {
        this.tenantId = tenantId;
    }

    public String getTenantName() {
        return tenantName;
    }

    public void setTenantName(String tenantName) {
        this.tenantName = tenantName;
    }

    public String getUserDomainName() {
        return userDomainName;
    }

    public void setUserDomainName(String userDomainName) {
        this.userDomainName = userDomainName;
    }

    public String getProjectDomainName() {
        return projectDomainName;
    }

    public void setProjectDomainName(String projectDomainName) {
        this.projectDomainName = projectDomainName;
    }

    public String getApplicationCredentialId() {
        return applicationCredentialId;
    }

    public void setApplicationCredentialId(String applicationCredentialId) {
        this.applicationCredentialId = applicationCredentialId;
    }

    public String getApplicationCredentialSecret() {
        return applicationCredentialSecret;
    }

    public void setApplicationCredentialSecret(String applicationCredentialSecret) {
        this.applicationCredentialSecret = applicationCredentialSecret;
    }

    public Path getCredentialFile() {
        return credentialFile;
    }

    public void setCredentialFile(Path credentialFile) {
        this.credentialFile = credentialFile;
    }

    public String getCloud() {
        return cloud;
    }

    public void setCloud(String cloud) {
        this.cloud = cloud;
    }

    public String getEnvironment() {
        return environment;
    }

    public void setEnvironment(String environment) {
        this.environment = environment;
    }

    public boolean isVerifySsl() {
        return verifySsl;
    }

    public void setVerifySsl(boolean verifySsl) {
        this.verifySsl = verifySsl;
    }

    public String getUserAgent() {
        return userAgent;
    }

    public void setUserAgent(String userAgent) {
        this.userAgent = userAgent;
    }

    public boolean isDebug() {
        return debug;
    }

    public void setDebug(boolean debug) {
        this.debug = debug;
    }
}
