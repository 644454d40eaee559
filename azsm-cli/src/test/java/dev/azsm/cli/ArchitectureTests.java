package dev.azsm.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import dev.azsm.api.AzsmCode;
import dev.azsm.api.archfixture.ApiClassThatUsesCore;
import dev.azsm.client.AccessToken;
import dev.azsm.core.AzsmErrors;
import dev.azsm.core.internal.Factories;
import dev.azsm.userland.UserClassThatUsesInternals;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The module direction of ARCHITECTURE.md: api <- core <- client <- testkit <- cli, and internal
 * packages reached only by their own module or the modules their module-info exports them to.
 * Lives in azsm-cli because it is the one module that sees all the others.
 */
@DisplayName("The architecture")
class ArchitectureTests {

    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.azsm");

    static final ArchRule LAYERS = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .withOptionalLayers(true)
            .layer("api").definedBy("dev.azsm.api..")
            .layer("core").definedBy("dev.azsm.core..")
            .layer("client").definedBy("dev.azsm.client..")
            .layer("testkit").definedBy("dev.azsm.testkit..")
            .layer("cli").definedBy("dev.azsm.cli..")
            .whereLayer("cli").mayNotBeAccessedByAnyLayer()
            .whereLayer("testkit").mayOnlyBeAccessedByLayers("cli")
            .whereLayer("client").mayOnlyBeAccessedByLayers("testkit", "cli")
            .whereLayer("core").mayOnlyBeAccessedByLayers("client", "testkit", "cli")
            .whereLayer("api").mayOnlyBeAccessedByLayers("core", "client", "testkit", "cli")
            .because("dependencies point from the user to what it uses (ARCHITECTURE.md)");

    /** A published module: its name, its package root and one of its classes. */
    record Module(String name, String root, Class<?> member) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Module> modules() {
        return Stream.of(new Module("dev.azsm.api", "dev.azsm.api", AzsmCode.class),
                new Module("dev.azsm.core", "dev.azsm.core", AzsmErrors.class),
                new Module("dev.azsm.client", "dev.azsm.client", AccessToken.class),
                new Module("dev.azsm.testkit", "dev.azsm.testkit", dev.azsm.testkit.FakeStorageMover.class));
    }

    static ModuleDescriptor descriptor(Class<?> member) throws IOException, URISyntaxException {
        Path location = Path.of(member.getProtectionDomain().getCodeSource().getLocation().toURI());
        if (Files.isDirectory(location)) {
            try (InputStream in = Files.newInputStream(location.resolve("module-info.class"))) {
                return ModuleDescriptor.read(in);
            }
        }
        try (JarFile jar = new JarFile(location.toFile());
                InputStream in = jar.getInputStream(jar.getEntry("module-info.class"))) {
            return ModuleDescriptor.read(in);
        }
    }

    /** Internal packages of a module may be reached from the module and its qualified-export targets only. */
    static ArchRule internalsOf(Module module) throws IOException, URISyntaxException {
        ModuleDescriptor descriptor = descriptor(module.member());
        List<String> allowed = new ArrayList<>(List.of(module.root() + ".."));
        descriptor.exports().stream().filter(e -> e.source().endsWith(".internal")).flatMap(e -> e.targets().stream())
                .forEach(target -> allowed.add(target + ".."));
        return noClasses().that().resideOutsideOfPackages(allowed.toArray(String[]::new))
                .should().dependOnClassesThat().resideInAPackage(module.root() + ".internal..")
                .because(module.root() + ".internal is private to " + module.name() + " and the modules it exports it to");
    }

    @Test
    @DisplayName("points every dependency from the user to what it uses")
    void layers() {
        LAYERS.check(PRODUCTION);
    }

    @Test
    @DisplayName("fails the layer rule for an arrow the wrong way (a fixture in api that calls core)")
    void layersCatchAWrongArrow() {
        JavaClasses bad = new ClassFileImporter().importClasses(ApiClassThatUsesCore.class, AzsmErrors.class);
        assertThat(LAYERS.evaluate(bad).hasViolation()).isTrue();
        assertThat(LAYERS.evaluate(bad).getFailureReport().toString())
                .contains("ApiClassThatUsesCore").contains("AzsmErrors");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("modules")
    @DisplayName("keeps internal packages to their module and its qualified-export targets")
    void internals(Module module) throws Exception {
        internalsOf(module).allowEmptyShould(true).check(PRODUCTION);
    }

    @Test
    @DisplayName("fails the internal rule for a class outside azsm that uses core's internals")
    void internalsCatchAStranger() throws Exception {
        JavaClasses bad = new ClassFileImporter().importClasses(UserClassThatUsesInternals.class, Factories.class);
        Module core = modules().filter(m -> m.name().equals("dev.azsm.core")).findFirst().orElseThrow();
        assertThat(internalsOf(core).evaluate(bad).hasViolation()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("modules")
    @DisplayName("exports internal packages only to named azsm modules, and API packages to everyone")
    void moduleDescriptors(Module module) throws Exception {
        ModuleDescriptor descriptor = descriptor(module.member());
        assertThat(descriptor.name()).isEqualTo(module.name());
        descriptor.exports().forEach(export -> {
            if (export.source().contains(".internal")) {
                assertThat(export.isQualified()).as("%s exports %s to everyone", module, export.source()).isTrue();
                // JUnit must reach the test kit's extension, which lives in its internal package.
                assertThat(export.targets()).allMatch(t -> t.startsWith("dev.azsm.") || t.equals("org.junit.platform.commons"));
            } else {
                assertThat(export.isQualified()).as("%s exports API package %s to some only", module, export.source())
                        .isFalse();
            }
        });
        if (module.name().equals("dev.azsm.testkit")) {
            assertThat(descriptor.requires()).filteredOn(r -> r.name().startsWith("org.junit") || r.name().equals("org.mockito")
                    || r.name().equals("org.assertj.core") || r.name().equals("com.tngtech.archunit"))
                    .as("the test kit's test libraries are optional (requires static)")
                    .isNotEmpty().allMatch(r -> r.modifiers().contains(ModuleDescriptor.Requires.Modifier.STATIC));
        }
        if (module.name().equals("dev.azsm.api")) {
            Set<String> requires = descriptor.requires().stream().map(ModuleDescriptor.Requires::name)
                    .collect(Collectors.toSet());
            assertThat(requires).as("azsm-api has no run-time dependency").containsOnly("java.base", "org.jspecify");
            assertThat(descriptor.requires()).filteredOn(r -> r.name().equals("org.jspecify"))
                    .allMatch(r -> r.modifiers().contains(ModuleDescriptor.Requires.Modifier.STATIC));
        }
    }

    @Test
    @DisplayName("keeps azure-identity out of the libraries: only the command may use it")
    void librariesDoNotUseAzureIdentity() {
        noClasses().that().resideInAnyPackage("dev.azsm.api..", "dev.azsm.core..", "dev.azsm.client..", "dev.azsm.testkit..")
                .should().dependOnClassesThat().resideInAPackage("com.azure..")
                .check(PRODUCTION);
    }

    @Test
    @DisplayName("lets azsm-api depend on the JDK and JSpecify only")
    void apiDependsOnNothing() {
        noClasses().that().resideInAPackage("dev.azsm.api..")
                .should().dependOnClassesThat().resideOutsideOfPackages("java..", "org.jspecify..", "dev.azsm.api..")
                .check(PRODUCTION);
    }
}
