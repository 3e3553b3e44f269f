package org.cloudsdk.autoconfigure;

import java.util.Map;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * The condition of {@link ConditionalOnCloudService}: binds {@code cloud.services} the way
 * {@link CloudProperties} does and asks whether the service is enabled.
 */
final class OnCloudServiceCondition extends SpringBootCondition {

    private static final Bindable<Map<String, CloudProperties.Service>> SERVICES = Bindable
            .mapOf(String.class, CloudProperties.Service.class);

    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
        // the condition is only reached through @ConditionalOnCloudService, so the annotation is there
        String service = metadata.getAnnotations().get(ConditionalOnCloudService.class).getString("value");
        CloudProperties.Service settings = CloudProperties.find(Binder.get(context.getEnvironment())
                .bind("cloud.services", SERVICES).orElse(Map.of()), service);
        String property = "cloud.services." + service + ".enabled";
        if (settings != null && !settings.isEnabled()) {
            return ConditionOutcome.noMatch(property + " is false");
        }
        return ConditionOutcome.match(property + " is not false");
    }
}
