package org.cloudsdk.compute;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.cloudsdk.service.Resource;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/**
 * A key pair stored with compute (pyrax's {@code cs.keypairs}), named to be installed on new
 * servers. Its id is its name. The private key is in the snapshot of a key pair the cloud
 * generated, once; {@code toString()} never shows it.
 */
public final class KeyPair extends Resource<KeyPair> {

    private final Compute compute;
    private final KeyPairFields fields;

    KeyPair(Compute compute, JsonNode json) {
        super(json);
        this.compute = Objects.requireNonNull(compute, "compute must not be null");
        this.fields = readFields(KeyPairFields.class);
    }

    /** @return its name, which is its id */
    @Override
    public String id() {
        return fields.name();
    }

    /** @return its name */
    public String name() {
        return fields.name();
    }

    /** @return the public key's fingerprint */
    public @Nullable String fingerprint() {
        return fields.fingerprint();
    }

    /** @return the public key, in OpenSSH format */
    public @Nullable String publicKey() {
        return fields.publicKey();
    }

    /** @return the private key: only when the cloud generated the pair, in the create call's answer */
    public Optional<String> privateKey() {
        return Optional.ofNullable(fields.privateKey());
    }

    /** @return {@code ssh} or {@code x509} (Nova 2.2 and later), if reported */
    public Optional<String> type() {
        return Optional.ofNullable(fields.type());
    }

    /** Deletes the key pair (servers built with it keep their key). */
    public void delete() {
        compute.deleteKeypair(name());
    }

    @Override
    public CompletableFuture<KeyPair> reloadAsync() {
        return compute.getKeypairAsync(name()).toFuture();
    }

    @Override
    public String resourceType() {
        return "keypair";
    }

    @Override
    public String toString() {
        return "KeyPair[name=" + name() + ", fingerprint=" + fingerprint() + "]";
    }
}
