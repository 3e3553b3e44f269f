package org.cloudsdk.loadbalancer;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One usage record of a balancer (the chapter's {@code get_usage()} entries): an hour (or part of
 * one) of its activity, transfers in bytes.
 *
 * @param id the record's id
 * @param averageNumConnections the average of open connections
 * @param averageNumConnectionsSsl the same for SSL
 * @param incomingTransfer bytes received
 * @param incomingTransferSsl the same for SSL
 * @param outgoingTransfer bytes sent
 * @param outgoingTransferSsl the same for SSL
 * @param numVips its virtual IPs
 * @param numPolls how many times the usage was polled in the period
 * @param startTime where the period starts
 * @param endTime where it ends
 * @param vipType PUBLIC or SERVICENET
 * @param sslMode OFF, ON or MIXED
 * @param eventType the event that began the record (such as {@code CREATE_LOADBALANCER}), if any
 */
public record UsageRecord(
        @Nullable String id,
        @Nullable Double averageNumConnections,
        @Nullable Double averageNumConnectionsSsl,
        @Nullable Long incomingTransfer,
        @Nullable Long incomingTransferSsl,
        @Nullable Long outgoingTransfer,
        @Nullable Long outgoingTransferSsl,
        @Nullable Integer numVips,
        @Nullable Integer numPolls,
        @Nullable Instant startTime,
        @Nullable Instant endTime,
        @Nullable String vipType,
        @Nullable String sslMode,
        @Nullable String eventType) {
}
