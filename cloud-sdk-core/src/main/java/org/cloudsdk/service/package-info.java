/**
 * What every service package builds on besides the transport: the one registration of a service
 * client ({@link org.cloudsdk.service.ServiceDefinition}, read by the context, its region view and
 * the Spring Boot starter), what the context hands a service's factory
 * ({@link org.cloudsdk.service.ServiceContext}), and the base of resource handles
 * ({@link org.cloudsdk.service.Resource}: an immutable snapshot with every field of the response,
 * {@code reload()}, equality by id).
 */
@NullMarked
package org.cloudsdk.service;

import org.jspecify.annotations.NullMarked;
