package org.cloudsdk.octavia;

import java.util.Objects;
import java.util.Optional;

import org.cloudsdk.http.Json;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * How a pool keeps a client on one member (pyrax's session persistence of Cloud Load Balancers:
 * {@code HTTP_COOKIE} and {@code SOURCE_IP} exist in both): by source address, by a cookie the
 * load balancer inserts, or by the application's cookie. UDP and SCTP pools persisting by source
 * address may set a timeout and a netmask (API 2.2).
 *
 * <pre>{@code
 * SessionPersistence persistence = SessionPersistence.appCookie("JSESSIONID");
 * }</pre>
 *
 * <p>Immutable.
 */
public final class SessionPersistence {

    private final SessionPersistenceType type;
    private final @Nullable String cookieName;
    private final @Nullable Integer timeout;
    private final @Nullable String granularity;

    private SessionPersistence(SessionPersistenceType type, @Nullable String cookieName, @Nullable Integer timeout,
            @Nullable String granularity) {
        this.type = type;
        this.cookieName = cookieName;
        this.timeout = timeout;
        this.granularity = granularity;
    }

    /** @return persistence by the client's address */
    public static SessionPersistence sourceIp() {
        return new SessionPersistence(SessionPersistenceType.SOURCE_IP, null, null, null);
    }

    /** @return persistence by a cookie the load balancer inserts */
    public static SessionPersistence httpCookie() {
        return new SessionPersistence(SessionPersistenceType.HTTP_COOKIE, null, null, null);
    }

    /**
     * @param cookieName the application's cookie, at most 255 characters without white space,
     *     {@code ,}, {@code ;} or {@code \}
     * @return persistence by that cookie
     */
    public static SessionPersistence appCookie(String cookieName) {
        return new SessionPersistence(SessionPersistenceType.APP_COOKIE, OctaviaChecks.cookieName(cookieName), null,
                null);
    }

    /**
     * @param seconds how long a UDP or SCTP client stays on its member, 1 or more (API 2.2)
     * @return a copy with it
     * @throws IllegalArgumentException when not SOURCE_IP, or not positive
     */
    public SessionPersistence withTimeout(int seconds) {
        requireSourceIp("persistenceTimeout");
        if (seconds < 1) {
            throw new IllegalArgumentException("persistenceTimeout must be 1 second or more, was " + seconds);
        }
        return new SessionPersistence(type, cookieName, seconds, granularity);
    }

    /**
     * @param netmask the netmask grouping UDP or SCTP clients, such as {@code 255.255.255.0} (API 2.2)
     * @return a copy with it
     * @throws IllegalArgumentException when not SOURCE_IP, or not an address
     */
    public SessionPersistence withGranularity(String netmask) {
        requireSourceIp("persistenceGranularity");
        String checked = OctaviaChecks.address(netmask, "persistenceGranularity");
        return new SessionPersistence(type, cookieName, timeout, checked);
    }

    private void requireSourceIp(String parameter) {
        if (type != SessionPersistenceType.SOURCE_IP) {
            throw new IllegalArgumentException(parameter + " applies to SOURCE_IP persistence of UDP and SCTP pools"
                    + " only, not " + type);
        }
    }

    /** @return the kind of persistence */
    public SessionPersistenceType type() {
        return type;
    }

    /** @return the application cookie's name (APP_COOKIE) */
    public Optional<String> cookieName() {
        return Optional.ofNullable(cookieName);
    }

    /** @return the timeout of UDP and SCTP persistence, in seconds */
    public Optional<Integer> persistenceTimeout() {
        return Optional.ofNullable(timeout);
    }

    /** @return the netmask of UDP and SCTP persistence */
    public Optional<String> persistenceGranularity() {
        return Optional.ofNullable(granularity);
    }

    boolean needsVersion22() {
        return timeout != null || granularity != null;
    }

    ObjectNode toJson() {
        ObjectNode json = Json.object();
        json.put("type", OctaviaEnums.wire(type));
        if (cookieName != null) {
            json.put("cookie_name", cookieName);
        }
        if (timeout != null) {
            json.put("persistence_timeout", timeout);
        }
        if (granularity != null) {
            json.put("persistence_granularity", granularity);
        }
        return json;
    }

    static Optional<SessionPersistence> read(@Nullable JsonNode json) {
        if (json == null || !json.isObject() || !json.hasNonNull("type")) {
            return Optional.empty();
        }
        JsonNode timeout = json.get("persistence_timeout");
        JsonNode cookie = json.get("cookie_name");
        JsonNode granularity = json.get("persistence_granularity");
        return Optional.of(new SessionPersistence(OctaviaEnums.parse(SessionPersistenceType.class,
                json.get("type").asString()), cookie == null || cookie.isNull() ? null : cookie.asString(),
                timeout == null || timeout.isNull() ? null : timeout.asInt(),
                granularity == null || granularity.isNull() ? null : granularity.asString()));
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof SessionPersistence that && type == that.type
                && Objects.equals(cookieName, that.cookieName) && Objects.equals(timeout, that.timeout)
                && Objects.equals(granularity, that.granularity);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, cookieName, timeout, granularity);
    }

    @Override
    public String toString() {
        return "SessionPersistence[" + type + (cookieName != null ? ", cookieName=" + cookieName : "")
                + (timeout != null ? ", timeout=" + timeout : "")
                + (granularity != null ? ", granularity=" + granularity : "") + "]";
    }
}
