package org.cloudsdk.autoconfigure;

import java.util.Map;

import org.cloudsdk.identity.ServiceType;
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

    private static final Bindable<Map<ServiceType, CloudProperties.Service>> SERVICES = Bindable
            .mapOf(ServiceType.class, CloudProperties.Service.class);

    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
        // the condition is only reached through @ConditionalOnCloudService, so the annotation is there
        ServiceType service = ServiceType.fromName(metadata.getAnnotations().get(ConditionalOnCloudService.class)
                .getString("value"));
        CloudProperties.Service settings = Binder.get(context.getEnvironment()).bind("cloud.services", SERVICES)
                .orElse(Map.of()).get(service);
        String property = "cloud.services." + service.serviceName() + ".enabled";
        if (settings != null && !settings.isEnabled()) {
            return ConditionOutcome.noMatch(property + " is false");
        }
        return ConditionOutcome.match(property + " is not false");
    }
}
