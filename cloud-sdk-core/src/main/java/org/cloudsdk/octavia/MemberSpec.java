package org.cloudsdk.octavia;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * One member of a batch update ({@link Members#replaceAll}): its address and port, and its
 * optional fields. Immutable.
 *
 * <pre>{@code
 * MemberSpec web1 = MemberSpec.of("192.0.2.16", 80, MemberOptions.builder().weight(20).build());
 * }</pre>
 */
public final class MemberSpec {

    private final String address;
    private final int protocolPort;
    private final MemberOptions options;

    private MemberSpec(String address, int protocolPort, MemberOptions options) {
        this.address = address;
        this.protocolPort = protocolPort;
        this.options = options;
    }

    /**
     * @param address the member's IP address
     * @param protocolPort its port, 1 to 65535
     * @return the member with Octavia's defaults
     */
    public static MemberSpec of(String address, int protocolPort) {
        return of(address, protocolPort, MemberOptions.defaults());
    }

    /**
     * @param address the member's IP address
     * @param protocolPort its port, 1 to 65535
     * @param options weight, backup, subnet, monitor address and port, name, tags
     * @return the member
     * @throws IllegalArgumentException when the address or port is invalid
     */
    public static MemberSpec of(String address, int protocolPort, MemberOptions options) {
        return new MemberSpec(OctaviaChecks.address(address, "address"), OctaviaChecks.port(protocolPort,
                "protocolPort"), Objects.requireNonNull(options, "options must not be null"));
    }

    /** @return its IP address */
    public String address() {
        return address;
    }

    /** @return its port */
    public int protocolPort() {
        return protocolPort;
    }

    /** @return its optional fields */
    public MemberOptions options() {
        return options;
    }

    RequestFields requestFields() {
        return options.requestFields().put("address", address).put("protocol_port", protocolPort);
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof MemberSpec that && address.equals(that.address) && protocolPort == that.protocolPort
                && options.equals(that.options);
    }

    @Override
    public int hashCode() {
        return Objects.hash(address, protocolPort, options);
    }

    @Override
    public String toString() {
        return "MemberSpec[" + address + ":" + protocolPort + ", " + options + "]";
    }
}
