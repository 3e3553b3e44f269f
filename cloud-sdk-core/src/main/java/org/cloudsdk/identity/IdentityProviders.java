package org.cloudsdk.identity;

import java.lang.reflect.InvocationTargetException;
import java.util.Locale;

import org.cloudsdk.errors.InvalidConfigurationException;
import org.jspecify.annotations.Nullable;

/**
 * Chooses the identity provider an {@code identity_type} setting names: {@code keystone} (v3, or
 * v2.0 when the auth endpoint ends in {@code /v2.0}), {@code keystone_v3}, {@code keystone_v2},
 * {@code rackspace}, or the fully qualified name of a class implementing {@link IdentityProvider}.
 */
public final class IdentityProviders {

    private IdentityProviders() {
    }

    /**
     * @param identityType the setting's value
     * @param authEndpoint the auth endpoint, or null
     * @param classLoader where custom classes are loaded from; null for the SDK's own
     * @return the provider
     * @throws InvalidConfigurationException when the type is missing or names nothing usable
     */
    public static IdentityProvider forType(String identityType, @Nullable String authEndpoint,
            @Nullable ClassLoader classLoader) {
        if (identityType == null || identityType.isBlank()) {
            throw new InvalidConfigurationException("identity_type is not set: set it to 'keystone' or 'rackspace' "
                    + "(or a class implementing " + IdentityProvider.class.getName() + ") in code, in the "
                    + "configuration file, or with the CLOUD_ID_TYPE environment variable");
        }
        String type = identityType.trim();
        switch (type.toLowerCase(Locale.ROOT).replace('-', '_')) {
            case "keystone":
                return isV2(authEndpoint) ? new KeystoneV2Identity() : new KeystoneV3Identity();
            case "keystone_v3", "v3":
                return new KeystoneV3Identity();
            case "keystone_v2", "keystone_v2.0", "v2.0", "v2":
                return new KeystoneV2Identity();
            case "rackspace", "rax":
                return new RackspaceIdentity();
            default:
                if (type.indexOf('.') > 0) {
                    return load(type, classLoader);
                }
                throw new InvalidConfigurationException("identity_type '" + type + "' is unknown: expected keystone, "
                        + "keystone_v3, keystone_v2, rackspace, or the fully qualified name of a class implementing "
                        + IdentityProvider.class.getName());
        }
    }

    private static boolean isV2(@Nullable String authEndpoint) {
        if (authEndpoint == null) {
            return false;
        }
        String path = authEndpoint.toLowerCase(Locale.ROOT);
        return path.endsWith("/v2.0") || path.endsWith("/v2.0/") || path.contains("/v2.0/tokens");
    }

    private static IdentityProvider load(String className, @Nullable ClassLoader classLoader) {
        Class<?> type;
        try {
            type = Class.forName(className, true, classLoader != null ? classLoader
                    : IdentityProviders.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            throw new InvalidConfigurationException("identity_type names the class " + className
                    + ", which cannot be loaded: " + e);
        }
        if (!IdentityProvider.class.isAssignableFrom(type)) {
            throw new InvalidConfigurationException("identity_type names the class " + className
                    + ", which does not implement " + IdentityProvider.class.getName());
        }
        try {
            return (IdentityProvider) type.getConstructor().newInstance();
        } catch (NoSuchMethodException e) {
            throw new InvalidConfigurationException("identity_type names the class " + className
                    + ", which has no public no-argument constructor");
        } catch (InstantiationException | IllegalAccessException e) {
            throw new InvalidConfigurationException("identity_type names the class " + className
                    + ", which cannot be instantiated: " + e);
        } catch (InvocationTargetException e) {
            throw new InvalidConfigurationException("the constructor of identity class " + className + " failed: "
                    + e.getCause());
        }
    }
}
