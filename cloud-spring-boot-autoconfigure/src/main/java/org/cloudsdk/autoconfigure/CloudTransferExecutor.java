package org.cloudsdk.autoconfigure;

import java.util.concurrent.Executor;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.BeanFactory;

/**
 * Chooses the executor of the contexts' background transfers (the files of folder uploads and
 * syncs, and so of {@code cloud.sync.jobs}): a bean named {@value #BEAN_NAME} when there is one;
 * else Spring Boot's {@value #APPLICATION_TASK_EXECUTOR} (a thread pool, or virtual threads with
 * {@code spring.threads.virtual.enabled=true}) unless {@code cloud.use-application-task-executor}
 * is off; else none, and each transfer starts threads of its own.
 *
 * <p>The chosen bean is looked up on the first transfer, not when the contexts are built: Boot
 * declares its task executor lazily, and a context that never transfers a folder never creates
 * it. Whichever it is, the SDK only submits work to it, at most a transfer's {@code parallelism}
 * tasks at once, and never shuts it down.
 */
final class CloudTransferExecutor implements Executor {

    /** The name of an {@link Executor} bean the SDK's transfers use, chosen over any other. */
    static final String BEAN_NAME = "cloudTransferExecutor";

    /** Spring Boot's application task executor ({@code TaskExecutionAutoConfiguration}). */
    static final String APPLICATION_TASK_EXECUTOR = "applicationTaskExecutor";

    private final BeanFactory beanFactory;
    private final String beanName;
    private volatile @Nullable Executor target;

    private CloudTransferExecutor(BeanFactory beanFactory, String beanName) {
        this.beanFactory = beanFactory;
        this.beanName = beanName;
    }

    /**
     * @param beanFactory the application's bean factory (its bean definitions are all registered)
     * @param useApplicationTaskExecutor {@code cloud.use-application-task-executor}
     * @return the executor to give the contexts, or null for the SDK's own threads
     */
    static @Nullable Executor choose(BeanFactory beanFactory, boolean useApplicationTaskExecutor) {
        if (beanFactory.containsBean(BEAN_NAME)) {
            return new CloudTransferExecutor(beanFactory, BEAN_NAME);
        }
        if (useApplicationTaskExecutor && beanFactory.containsBean(APPLICATION_TASK_EXECUTOR)) {
            return new CloudTransferExecutor(beanFactory, APPLICATION_TASK_EXECUTOR);
        }
        return null;
    }

    /** @return the name of the bean the work goes to */
    String beanName() {
        return beanName;
    }

    @Override
    public void execute(Runnable command) {
        Executor executor = target;
        if (executor == null) {
            executor = beanFactory.getBean(beanName, Executor.class);
            target = executor;
        }
        executor.execute(command);
    }

    @Override
    public String toString() {
        return "CloudTransferExecutor[" + beanName + "]";
    }
}
