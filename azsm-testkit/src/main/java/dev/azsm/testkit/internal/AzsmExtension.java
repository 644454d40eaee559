package dev.azsm.testkit.internal;

import dev.azsm.client.AgentClient;
import dev.azsm.testkit.AzsmTest;
import dev.azsm.testkit.FakeStorageMover;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The extension behind {@link AzsmTest}: starts a {@link FakeStorageMover} and a client for it on
 * first use, keeps them in JUnit's store so JUnit closes them, and resolves them as parameters.
 */
public final class AzsmExtension implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(AzsmExtension.class);

    /** Closes the fake and its client when JUnit closes the store. */
    @SuppressWarnings("deprecation") // CloseableResource is what JUnit before 5.13 closes
    private static final class Resources implements ExtensionContext.Store.CloseableResource {
        final FakeStorageMover fake = FakeStorageMover.start();
        final AgentClient client = fake.client();

        @Override
        public void close() {
            client.close();
            fake.close();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == FakeStorageMover.class || type == AgentClient.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Resources resources = scope(context).getStore(NAMESPACE)
                .getOrComputeIfAbsent(Resources.class, k -> new Resources(), Resources.class);
        Class<?> type = parameter.getParameter().getType();
        if (type == FakeStorageMover.class) {
            return resources.fake;
        }
        if (type == AgentClient.class) {
            return resources.client;
        }
        throw new ParameterResolutionException("@AzsmTest resolves FakeStorageMover and AgentClient, not " + type);
    }

    // PER_CLASS keeps the resources in the class's context, PER_METHOD in the test's.
    private static ExtensionContext scope(ExtensionContext context) {
        AzsmTest settings = context.getTestClass()
                .flatMap(c -> AnnotationSupport.findAnnotation(c, AzsmTest.class)).orElse(null);
        if (settings == null || settings.lifecycle() == AzsmTest.Lifecycle.PER_METHOD) {
            return context;
        }
        ExtensionContext current = context;
        while (current.getTestMethod().isPresent() && current.getParent().isPresent()) {
            current = current.getParent().get();
        }
        return current;
    }
}
