package org.cloudsdk.autoconfigure;

import java.beans.Introspector;
import java.util.Map;

import org.cloudsdk.CloudServices;
import org.cloudsdk.service.ServiceDefinition;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.config.RuntimeBeanReference;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.ImportBeanDefinitionRegistrar;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotationMetadata;

/**
 * Registers one lazy client bean per service of {@link CloudServices#all()} for the default
 * region of the active environment ({@code objectStorage}, {@code compute}, ...), so a service
 * added to the SDK gets its bean without an edit here. A service is left out when
 * {@code cloud.services.<name>.enabled=false} or when the application defines a bean of its client
 * type. The beans are plain bean definitions with a static factory method, so ahead-of-time
 * processing keeps them.
 */
final class CloudServiceClientBeans implements ImportBeanDefinitionRegistrar {

    private static final Bindable<Map<String, CloudProperties.Service>> SERVICES = Bindable
            .mapOf(String.class, CloudProperties.Service.class);

    private final Environment environment;

    /** @param environment where {@code cloud.services.*} is read (Spring passes it to a registrar's constructor) */
    CloudServiceClientBeans(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void registerBeanDefinitions(AnnotationMetadata metadata, BeanDefinitionRegistry registry) {
        Map<String, CloudProperties.Service> services = Binder.get(environment).bind("cloud.services", SERVICES)
                .orElse(Map.of());
        for (ServiceDefinition<?> service : CloudServices.all()) {
            CloudProperties.Service settings = CloudProperties.find(services, service.name());
            if ((settings != null && !settings.isEnabled()) || defined(registry, service.clientType())) {
                continue;
            }
            RootBeanDefinition bean = new RootBeanDefinition(CloudServiceClientBeans.class);
            bean.setFactoryMethodName("client");
            bean.getConstructorArgumentValues().addIndexedArgumentValue(0, new RuntimeBeanReference(CloudClients.class));
            bean.getConstructorArgumentValues().addIndexedArgumentValue(1, service.name());
            bean.setTargetType(service.clientType());
            // building a client makes no network call, but nothing is built until it is wanted
            bean.setLazyInit(true);
            bean.setDescription("The " + service.name() + " client of the default region (cloud-sdk)");
            registry.registerBeanDefinition(Introspector.decapitalize(service.clientType().getSimpleName()), bean);
        }
    }

    private static boolean defined(BeanDefinitionRegistry registry, Class<?> type) {
        return registry instanceof ListableBeanFactory beans && beans.getBeanNamesForType(type, true, false).length > 0;
    }

    /**
     * The factory method of the client beans.
     *
     * @param clients the registry of environments and regions
     * @param name the service's name
     * @return its client in the default region of the active environment
     */
    static Object client(CloudClients clients, String name) {
        return clients.defaultClient(name);
    }
}
