/**
 * Compute's hot paths measured inside one JVM ({@code benchmarks/run.sh compute}): cloud-sdk and
 * openstack4j listing every server, waiting for a thousand servers to be ACTIVE, and reading
 * server JSON into records, against a WireMock Nova on 127.0.0.1 ({@link
 * org.cloudsdk.benchmarks.compute.NovaStub}). The entry point is {@link
 * org.cloudsdk.benchmarks.compute.ComputeBenchmark}.
 */
package org.cloudsdk.benchmarks.compute;
