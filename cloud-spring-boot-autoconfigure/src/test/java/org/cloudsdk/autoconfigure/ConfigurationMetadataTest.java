package org.cloudsdk.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The generated configuration metadata: what an IDE shows for cloud.* properties. */
class ConfigurationMetadataTest {

    @Test
    void everyPropertyIsDescribedAndTheDefaultsShow() throws IOException {
        Map<String, JsonNode> properties = new HashMap<>();
        try (InputStream in = getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
            assertThat(in).as("generated metadata").isNotNull();
            JsonMapper.builder().build().readTree(in).get("properties")
                    .forEach(node -> properties.put(node.get("name").asString(), node));
        }
        assertThat(properties).containsKeys("cloud.identity-type", "cloud.application-credential.secret",
                "cloud.environments", "cloud.services", "cloud.config-file", "cloud.interface", "cloud.http.max-idle-time",
                "cloud.retry.max-elapsed", "cloud.health.cache-ttl", "management.health.cloud.enabled",
                "cloud.object-storage.segment-size", "cloud.object-storage.listing-page-size", "cloud.sync.jobs",
                "cloud.sync.shutdown-timeout", "cloud.services.queues.client-id", "cloud.services.dns.timeout",
                "cloud.services.dns.delay", "cloud.services.octavia.wait-timeout", "cloud.services.octavia.wait-interval",
                "cloud.services.load-balancer.wait-timeout", "cloud.services.load-balancer.wait-interval");
        assertThat(properties.values()).allSatisfy(node -> assertThat(node.path("description").asString())
                .as(node.get("name").asString()).isNotBlank());
        assertThat(properties.get("cloud.verify-ssl").get("defaultValue").asBoolean()).isTrue();
        assertThat(properties.get("cloud.interface").get("defaultValue").asString()).isEqualTo("public");
        assertThat(properties.get("cloud.health.timeout").get("defaultValue").asString()).isEqualTo("5s");
        assertThat(properties.get("cloud.retry.max-attempts").get("defaultValue").asInt()).isEqualTo(4);
        assertThat(properties.get("cloud.retry.initial-interval").get("defaultValue").asString()).isEqualTo("250ms");
        assertThat(properties.get("cloud.retry.background.max-attempts").get("defaultValue").asInt()).isEqualTo(10);
        assertThat(properties.get("cloud.retry.background.max-elapsed").get("defaultValue").asString()).isEqualTo("2m");
        assertThat(properties.get("cloud.retry.background.jitter").get("description").asString()).isNotBlank();
        assertThat(properties.get("cloud.object-storage.segment-threshold").get("defaultValue").asString())
                .isEqualTo("2GB");
        assertThat(properties.get("cloud.sync.shutdown-timeout").get("defaultValue").asString()).isEqualTo("30s");
        assertThat(properties.get("cloud.services.dns.timeout").get("defaultValue").asString()).isEqualTo("5s");
        assertThat(properties.get("cloud.services.octavia.wait-timeout").get("defaultValue").asString()).isEqualTo("10m");
        assertThat(properties.get("cloud.sync.jobs").get("description").asString()).contains("fixed-delay");
    }
}
