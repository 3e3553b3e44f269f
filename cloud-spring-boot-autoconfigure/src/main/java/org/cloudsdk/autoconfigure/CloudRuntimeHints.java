package org.cloudsdk.autoconfigure;

import org.jspecify.annotations.Nullable;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;

/**
 * What the SDK reads at run time that Spring's AOT processing cannot see in the bean
 * definitions: the SDK's version, read from a class-path resource for the {@code User-Agent}.
 * Registered in {@code META-INF/spring/aot.factories}, so a native image of an application using
 * the starter keeps it. The built-in identity providers are created with {@code new}; a custom one
 * named by class in {@code cloud.identity-type} needs the application's own hint.
 */
class CloudRuntimeHints implements RuntimeHintsRegistrar {

    /** The resource {@code SdkVersion} reads. */
    static final String VERSION_RESOURCE = "org/cloudsdk/version.properties";

    @Override
    public void registerHints(RuntimeHints hints, @Nullable ClassLoader classLoader) {
        hints.resources().registerPattern(VERSION_RESOURCE);
    }
}
