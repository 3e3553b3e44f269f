package org.cloudsdk.autoconfigure.docs;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.cloudsdk.CloudContext;
import org.cloudsdk.autoconfigure.CloudClients;
import org.cloudsdk.autoconfigure.CloudContextCustomizer;
import org.cloudsdk.autoconfigure.CloudRetryCustomizer;
import org.cloudsdk.autoconfigure.CloudWebClientCustomizer;
import org.cloudsdk.compute.Compute;
import org.cloudsdk.compute.Flavor;
import org.cloudsdk.http.RetryPolicies;
import org.cloudsdk.http.RetrySettings;
import org.cloudsdk.http.ServiceClient;
import org.cloudsdk.objectstorage.ObjectStorage;
import org.cloudsdk.objectstorage.ReactiveObjectStorage;
import org.cloudsdk.objectstorage.StoreOptions;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Service;

/** The Java blocks of docs/spring-boot.md, compiled against the real API (checked by SpringBootGuideExamplesTest). */
final class SpringBootGuideExamples {

    private SpringBootGuideExamples() {
    }

    static void regions(CloudClients clients) {
        ServiceClient ord = clients.client("compute", null);     // the default region
        ServiceClient dfw = clients.client("compute", "DFW");
        List<String> regions = clients.regions();                // [ORD, DFW, LON]
    }

    static void environments(CloudClients clients) {
        CloudContext pub = clients.context("public");   // built on first use, then cached
        ServiceClient files = clients.environment("public").client("object_store", "LON");
    }

    static void objectStorages(CloudClients clients) {
        ObjectStorage ord = clients.objectStorage("ORD");
        ObjectStorage lon = clients.environment("public").objectStorage("LON");
        ReactiveObjectStorage reactiveOrd = clients.reactiveObjectStorage("ORD");
    }

    @Configuration(proxyBeanMethods = false)
    static class TransferExecutor {

        @Bean
        ThreadPoolTaskExecutor cloudTransferExecutor() {
            ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
            executor.setCorePoolSize(16);
            executor.setThreadNamePrefix("cloud-transfer-");
            return executor;
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Retries {

        @Bean
        CloudRetryCustomizer noInteractiveRetries() {
            return policies -> policies.interactive(RetrySettings.none());
        }

        @Bean
        RetryPolicies cloudRetryPolicies() {
            return RetryPolicies.builder()
                    .interactive(RetryPolicy.builder().maxRetries(2).delay(Duration.ofSeconds(1)).build())
                    .background(RetrySettings.backgroundDefaults())
                    .build();
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Customizers {

        @Bean
        @Order(1)
        CloudContextCustomizer refreshEarly() {
            // runs for the CloudContext bean and for every environment CloudClients builds
            return (environment, builder) -> builder.tokenRefreshMargin(Duration.ofMinutes(5));
        }

        @Bean
        CloudWebClientCustomizer correlation() {
            // the WebClient.Builder the transport starts from (a clone of Boot's when present)
            return builder -> builder.defaultHeader("X-Correlation-Source", "orders-service");
        }
    }
}

@Service
class Reports {
    Reports(ObjectStorage storage, CloudClients clients) {
        storage.storeObject("reports", "today.csv", Path.of("/var/reports/today.csv"), StoreOptions.defaults());
        ObjectStorage ord = clients.objectStorage("ORD");
        ServiceClient compute = clients.client("compute", "RegionOne");
    }
}

@Service
class Fleet {
    Fleet(Compute compute, CloudClients clients) {
        List<Flavor> flavors = compute.listFlavors();
        Compute dfw = clients.service(Compute.SERVICE, "DFW");
        Compute lon = clients.environment("public").service(Compute.SERVICE, "LON");
    }
}
