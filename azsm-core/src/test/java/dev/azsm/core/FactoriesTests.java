package dev.azsm.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.azsm.api.AzsmException;
import dev.azsm.api.ContextKeys;
import dev.azsm.api.FileException;
import dev.azsm.api.Scope;
import dev.azsm.api.SourceAccessException;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("AgentErrors, JobErrors and FileErrors")
class FactoriesTests {

    private static final Map<Scope, Class<?>> FACTORIES =
            Map.of(Scope.AGENT, AgentErrors.class, Scope.JOB, JobErrors.class, Scope.FILE, FileErrors.class);

    static List<Method> factoryMethods(Class<?> type) {
        return Arrays.stream(type.getDeclaredMethods()).filter(m -> Modifier.isPublic(m.getModifiers())).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.azsm.core.CatalogTests#failures")
    @DisplayName("have exactly one factory per catalogued failure, producing its code, class and subject")
    void oneFactoryPerCode(CatalogEntry e) throws Exception {
        Class<?> type = FACTORIES.get(e.code().scope());
        List<Method> named = factoryMethods(type).stream().filter(m -> m.getName().equals(e.factory().orElseThrow())).toList();
        assertThat(named).hasSize(1);
        IOException cause = new IOException("underlying");
        AzsmException x = (AzsmException) named.get(0).invoke(null, "subject-1", cause);
        assertThat(x.code()).isSameAs(e.code());
        assertThat(named.get(0).getReturnType()).isEqualTo(x.getClass());
        assertThat(x.getCause()).isSameAs(cause);
        assertThat(x.detail()).contains("java.io.IOException: underlying");
        assertThat(x.context()).containsValue("subject-1").hasSize(1);
        if (x instanceof FileException file) {
            assertThat(file.itemPath()).contains("subject-1");
        }
    }

    @Test
    @DisplayName("have no factory that the catalogue does not name")
    void noStrayFactories() {
        FACTORIES.forEach((scope, type) -> assertThat(factoryMethods(type)).extracting(Method::getName)
                .containsExactlyInAnyOrderElementsOf(ErrorCatalog.defaults().entries(scope).stream()
                        .filter(CatalogEntry::isFailure).map(x -> x.factory().orElseThrow()).toList()));
    }

    @Test
    @DisplayName("accept an unknown subject and no cause")
    void nullSubjectAndCause() {
        SourceAccessException e = JobErrors.sourceMountFailed(null, null);
        assertThat(e).hasMessage("AZSM1001 Failed to mount source path");
        assertThat(e.context()).isEmpty();
        assertThat(JobErrors.sourceMountFailed("//nas/share", null).context()).containsEntry(ContextKeys.SOURCE, "//nas/share");
    }
}
