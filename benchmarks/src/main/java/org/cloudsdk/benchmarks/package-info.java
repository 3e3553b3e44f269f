/**
 * Side-by-side benchmarks of cloud-sdk against peer tools on the local Keystone + Swift.
 *
 * <p>Two halves: command-line entry points that do one task per process ({@link
 * org.cloudsdk.benchmarks.SdkCli}, {@link org.cloudsdk.benchmarks.Openstack4jCli}, {@link
 * org.cloudsdk.benchmarks.JcloudsCli}), and the {@link org.cloudsdk.benchmarks.BenchmarkRunner},
 * which prepares the data, runs every contender (these entry points, the {@code swift} CLI, rclone
 * and curl) as a whole process timed from start to exit, and writes the table of results.
 *
 * <p>Every entry point reports what it did on one {@code RESULT key=value ...} line of standard
 * output, and exits with {@link org.cloudsdk.benchmarks.CommandLine#EXIT_UNSUPPORTED} (after an
 * {@code UNSUPPORTED reason} line) when its library cannot do a task.
 */
package org.cloudsdk.benchmarks;
