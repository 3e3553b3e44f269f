package org.cloudsdk.octavia;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.cloudsdk.service.Resource;
import org.cloudsdk.wait.NotFoundPolicy;
import org.cloudsdk.wait.WaitOptions;
import org.cloudsdk.wait.Waiter;

import tools.jackson.databind.JsonNode;

/**
 * What every Octavia object has: a name, tags, its two statuses and the waits on them. A change
 * returns at once while Octavia applies it ({@code PENDING_CREATE}, {@code PENDING_UPDATE}); a
 * change of a listener, pool, member, health monitor, L7 policy or rule also puts its load
 * balancer in {@code PENDING_UPDATE}, and both go back to {@code ACTIVE} together, so waiting for
 * the changed object ({@link #waitForActive()}) is waiting for its load balancer too.
 *
 * <p>The waits poll with the client's {@link OctaviaSettings}: every
 * {@link OctaviaSettings#waitInterval()}, until {@link OctaviaSettings#waitTimeout()}.
 *
 * @param <T> the handle's own type
 */
public abstract class OctaviaResource<T extends OctaviaResource<T>> extends Resource<T> {

    /** The attribute of {@link #provisioningStatus()}. */
    public static final String PROVISIONING_STATUS = "provisioning_status";
    /** The attribute of {@link #operatingStatus()}. */
    public static final String OPERATING_STATUS = "operating_status";

    private final Octavia octavia;

    OctaviaResource(Octavia octavia, JsonNode json) {
        super(json);
        this.octavia = Objects.requireNonNull(octavia, "octavia must not be null");
    }

    /** @return the client this snapshot came from */
    public Octavia octavia() {
        return octavia;
    }

    /** @return its name; empty when it has none */
    public String name() {
        return attribute("name").map(String::valueOf).orElse("");
    }

    /** @return its lifecycle state; {@link ProvisioningStatus#UNKNOWN} when not reported */
    public ProvisioningStatus provisioningStatus() {
        return ProvisioningStatus.of(attribute(PROVISIONING_STATUS).orElse(null));
    }

    /** @return what Octavia observes of it; {@link OperatingStatus#UNKNOWN} when not reported */
    public OperatingStatus operatingStatus() {
        return OperatingStatus.of(attribute(OPERATING_STATUS).orElse(null));
    }

    /** @return whether it is administratively up (Octavia's default: true) */
    public boolean adminStateUp() {
        return attribute("admin_state_up").map(value -> Boolean.TRUE.equals(value)).orElse(true);
    }

    /** @return its tags (API 2.5 and later; empty before) */
    public List<String> tags() {
        JsonNode tags = json().path("tags");
        return tags.isArray() ? tags.valueStream().map(JsonNode::asString).toList() : List.of();
    }

    /** @return the project it belongs to, if reported */
    public java.util.Optional<String> projectId() {
        return attribute("project_id").map(String::valueOf);
    }

    /**
     * Waits until it is {@code ACTIVE}: after a create or an update of this object, or of any
     * child of a load balancer.
     *
     * @return the ACTIVE snapshot
     * @throws org.cloudsdk.wait.ResourceFailedException when it goes to {@code ERROR}
     * @throws org.cloudsdk.wait.WaitTimeoutException after the settings' wait timeout
     */
    public T waitForActive() {
        return Waiter.shared().waitUntil(self(), PROVISIONING_STATUS, List.of(ProvisioningStatus.ACTIVE.name()),
                options().build());
    }

    /**
     * Waits until Octavia observes one of the given operating statuses (with real amphorae, a
     * balancer is {@code ONLINE} once its health manager has heard from it; the noop drivers of
     * a test cloud leave it {@code OFFLINE}).
     *
     * @param desired the statuses that end the wait
     * @return the first snapshot with one of them
     * @throws org.cloudsdk.wait.ResourceFailedException when it reaches {@code ERROR} and
     *     {@code ERROR} is not among the desired statuses
     * @throws org.cloudsdk.wait.WaitTimeoutException after the settings' wait timeout
     * @throws IllegalArgumentException when no status, or {@code UNKNOWN}, is given
     */
    public T waitForOperatingStatus(OperatingStatus... desired) {
        Objects.requireNonNull(desired, "desired must not be null");
        if (desired.length == 0 || Arrays.asList(desired).contains(OperatingStatus.UNKNOWN)) {
            throw new IllegalArgumentException("desired must name one or more operating statuses, not UNKNOWN, was "
                    + Arrays.toString(desired));
        }
        return Waiter.shared().waitUntil(self(), OPERATING_STATUS, Arrays.stream(desired).map(Enum::name).toList(),
                options().build());
    }

    /**
     * Waits until it is gone: Octavia answers 404 (or it shows {@code DELETED}) once a delete
     * has been applied.
     *
     * @throws org.cloudsdk.wait.ResourceFailedException when the delete fails ({@code ERROR})
     * @throws org.cloudsdk.wait.WaitTimeoutException after the settings' wait timeout
     */
    public void waitForDeleted() {
        Waiter.shared().waitUntil(self(), PROVISIONING_STATUS, List.of(ProvisioningStatus.DELETED.name()),
                options().notFound(NotFoundPolicy.SUCCEED).build());
    }

    private WaitOptions.Builder options() {
        OctaviaSettings settings = octavia.settings();
        return WaitOptions.builder().interval(settings.waitInterval()).deadline(settings.waitTimeout())
                .failureValues(List.of(ProvisioningStatus.ERROR.name()));
    }

    @SuppressWarnings("unchecked")
    private T self() {
        return (T) this;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[id=" + id() + ", name=" + name() + ", provisioningStatus="
                + provisioningStatus() + ", operatingStatus=" + operatingStatus() + "]";
    }
}
