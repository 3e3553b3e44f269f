package org.cloudsdk.loadbalancer;

import org.jspecify.annotations.Nullable;

/**
 * A balancer's connection statistics (pyrax's {@code lb.get_stats()}); the API caches them for
 * about five minutes. The {@code ...Ssl} counts are those of the secure shadow server of an
 * SSL-terminated balancer, absent otherwise.
 *
 * @param connectTimeOut connections closed because the connect timeout passed
 * @param connectError transaction or protocol errors
 * @param connectFailure connection failures
 * @param dataTimedOut connections closed because the balancer's timeout passed
 * @param keepAliveTimedOut connections closed because the keep-alive timeout passed
 * @param maxConn the most simultaneous connections so far
 * @param currentConn the connections open now
 * @param connectTimeOutSsl as {@code connectTimeOut}, for SSL
 * @param connectErrorSsl as {@code connectError}, for SSL
 * @param connectFailureSsl as {@code connectFailure}, for SSL
 * @param dataTimedOutSsl as {@code dataTimedOut}, for SSL
 * @param keepAliveTimedOutSsl as {@code keepAliveTimedOut}, for SSL
 * @param maxConnSsl as {@code maxConn}, for SSL
 * @param currentConnSsl as {@code currentConn}, for SSL
 */
public record LoadBalancerStats(
        @Nullable Long connectTimeOut,
        @Nullable Long connectError,
        @Nullable Long connectFailure,
        @Nullable Long dataTimedOut,
        @Nullable Long keepAliveTimedOut,
        @Nullable Long maxConn,
        @Nullable Long currentConn,
        @Nullable Long connectTimeOutSsl,
        @Nullable Long connectErrorSsl,
        @Nullable Long connectFailureSsl,
        @Nullable Long dataTimedOutSsl,
        @Nullable Long keepAliveTimedOutSsl,
        @Nullable Long maxConnSsl,
        @Nullable Long currentConnSsl) {
}
