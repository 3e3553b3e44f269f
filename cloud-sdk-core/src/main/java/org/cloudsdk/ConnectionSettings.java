package org.cloudsdk;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.cloudsdk.config.CloudSettings;
import org.cloudsdk.config.Setting;
import org.cloudsdk.http.ProxySettings;
import org.cloudsdk.http.TlsSettings;
import org.jspecify.annotations.Nullable;

/**
 * The TLS and proxy settings of a context, from its layered {@link CloudSettings} over what was
 * given in code as {@link org.cloudsdk.http.HttpSettings}: a setting's value wins over the code's
 * for the same item.
 */
final class ConnectionSettings {

    private static final String PROXY_NAMES = "proxy / CLOUD_PROXY / cloud.http.proxy.host";

    private ConnectionSettings() {
    }

    static TlsSettings tls(CloudSettings settings, TlsSettings start) {
        TlsSettings.Builder tls = start.toBuilder();
        path(settings, Setting.CA_BUNDLE).ifPresent(tls::caBundle);
        Optional<Path> trustStore = path(settings, Setting.TRUST_STORE);
        if (trustStore.isPresent()) {
            tls.trustStore(trustStore.get(), settings.get(Setting.TRUST_STORE_PASSWORD));
        }
        Optional<Path> certificate = path(settings, Setting.CLIENT_CERT);
        Optional<Path> key = path(settings, Setting.CLIENT_KEY);
        if (certificate.isPresent() || key.isPresent()) {
            tls.clientCertificate(certificate.orElse(start.clientCertificate()), key.orElse(start.clientKey()));
        }
        return tls.build();
    }

    static @Nullable ProxySettings proxy(CloudSettings settings, @Nullable ProxySettings start, Map<String, String> env) {
        String address = settings.get(Setting.PROXY);
        if (address != null) {
            ProxySettings.Builder proxy = ProxySettings.builderOf(PROXY_NAMES, address);
            String user = settings.get(Setting.PROXY_USERNAME);
            if (user != null) {
                proxy.credentials(user, settings.get(Setting.PROXY_PASSWORD));
            }
            return proxy.noProxy(ProxySettings.splitList(settings.get(Setting.NO_PROXY))).build();
        }
        if (start != null) {
            return start;
        }
        if (!settings.useEnvironmentProxy()) {
            return null;
        }
        ProxySettings fromEnv = ProxySettings.fromEnvironment(env);
        String noProxy = settings.get(Setting.NO_PROXY);
        if (fromEnv == null || noProxy == null) {
            return fromEnv;
        }
        return ProxySettings.builder(fromEnv.host(), fromEnv.port()).credentials(fromEnv.username(), fromEnv.password())
                .noProxy(ProxySettings.splitList(noProxy)).build();
    }

    private static Optional<Path> path(CloudSettings settings, Setting setting) {
        String value = settings.get(setting);
        if (value == null) {
            return Optional.empty();
        }
        return Optional.of(value.startsWith("~/") ? Path.of(System.getProperty("user.home"), value.substring(2))
                : Path.of(value));
    }
}
