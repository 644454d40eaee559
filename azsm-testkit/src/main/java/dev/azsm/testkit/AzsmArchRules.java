package dev.azsm.testkit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import dev.azsm.api.AzsmException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ArchUnit rules for code that uses azsm, to import into your own architecture tests.
 *
 * <pre>{@code
 * @AnalyzeClasses(packages = "com.example.agent")
 * class AgentArchitectureTest {
 *     @ArchTest
 *     static final ArchRule factories = AzsmArchRules.EXCEPTIONS_COME_FROM_FACTORIES;
 *     @ArchTest
 *     static final ArchRule codes = AzsmArchRules.NO_RAW_STATUS_CODE_LITERALS;
 * }
 * }</pre>
 */
public final class AzsmArchRules {

    private static final Pattern CODE = Pattern.compile("AZSM[0-9]{4}");

    /**
     * No {@code new JobException(...)} (or any azsm exception) outside azsm: use the factories
     * ({@code JobErrors}, {@code AzsmErrors.fromCode}), which fill the text from the catalogue.
     */
    public static final ArchRule EXCEPTIONS_COME_FROM_FACTORIES = noClasses()
            .that().resideOutsideOfPackage("dev.azsm..")
            .should().callConstructorWhere(new DescribedPredicate<JavaConstructorCall>("a constructor of an AzsmException") {
                @Override
                public boolean test(JavaConstructorCall call) {
                    return call.getTargetOwner().isAssignableTo(AzsmException.class);
                }
            })
            .because("azsm's factories (JobErrors, FileErrors, AgentErrors, AzsmErrors) fill message, mitigation and"
                    + " remedy from the catalogue; a hand-built exception drifts from it");

    /**
     * No raw {@code "AZSM1234"} string literal outside azsm: refer to codes through the factories,
     * {@code AzsmCode.of(...)} or the catalogue, so a typo cannot compile into a wrong code.
     */
    public static final ArchRule NO_RAW_STATUS_CODE_LITERALS = noClasses()
            .that().resideOutsideOfPackage("dev.azsm..")
            .should(holdStatusCodeLiterals())
            .because("status codes belong to the catalogue; use the factories or AzsmCode.of(int)");

    /**
     * No printing to {@code System.out} or {@code System.err}, and no {@code Throwable.printStackTrace}, outside azsm:
     * log failures once through SLF4J ({@code AzsmLogging.log}), where secrets are masked.
     */
    public static final ArchRule LOG_THROUGH_SLF4J = noClasses()
            .that().resideOutsideOfPackage("dev.azsm..")
            .should().accessField(System.class, "out").orShould().accessField(System.class, "err")
            .orShould().callMethod(Throwable.class, "printStackTrace")
            .because("failures are logged once, through SLF4J, where AzsmLogging masks secrets");

    private AzsmArchRules() {
    }

    private static ArchCondition<JavaClass> holdStatusCodeLiterals() {
        return new ArchCondition<>("hold string literals that are status codes") {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                String constants = classFileText(javaClass);
                Matcher m = CODE.matcher(constants);
                while (m.find()) {
                    events.add(SimpleConditionEvent.satisfied(javaClass, javaClass.getName() + " holds the literal \""
                            + m.group() + "\""));
                }
            }
        };
    }

    // String constants of a class file are stored as (modified) UTF-8; codes are ASCII, so a plain
    // scan of the bytes finds them.
    private static String classFileText(JavaClass javaClass) {
        String resource = "/" + javaClass.getName().replace('.', '/') + ".class";
        try (InputStream in = javaClass.reflect().getResourceAsStream(resource)) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        } catch (IOException | RuntimeException | LinkageError e) {
            return "";
        }
    }
}
