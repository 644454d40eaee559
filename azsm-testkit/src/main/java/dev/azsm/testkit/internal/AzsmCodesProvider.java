package dev.azsm.testkit.internal;

import dev.azsm.api.AzsmCode;
import dev.azsm.api.CodeBlock;
import dev.azsm.api.Scope;
import dev.azsm.core.AzsmErrors;
import dev.azsm.core.CatalogEntry;
import dev.azsm.core.ErrorCatalog;
import dev.azsm.testkit.AzsmCodes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.ArgumentsProvider;
import org.junit.jupiter.params.support.AnnotationConsumer;

/** Provides the codes of {@link AzsmCodes}. */
public final class AzsmCodesProvider implements ArgumentsProvider, AnnotationConsumer<AzsmCodes> {

    private List<AzsmCode> codes = List.of();

    @Override
    public void accept(AzsmCodes annotation) {
        codes = codes(Set.of(annotation.scope()), annotation.includeUncatalogued(), annotation.includeOutcomes());
    }

    /**
     * Returns the codes an {@link AzsmCodes} stands for, in code order.
     *
     * @param scopes              the scopes
     * @param includeUncatalogued one uncatalogued code per named failure block
     * @param includeOutcomes     the catalogued non-failure outcomes
     * @return the codes
     */
    public static List<AzsmCode> codes(Set<Scope> scopes, boolean includeUncatalogued, boolean includeOutcomes) {
        ErrorCatalog catalog = AzsmErrors.catalog();
        List<AzsmCode> out = new ArrayList<>();
        catalog.entries().stream().filter(e -> scopes.contains(e.code().scope()))
                .filter(e -> includeOutcomes || e.isFailure()).map(CatalogEntry::code).forEach(out::add);
        if (includeUncatalogued) {
            CodeBlock.named().stream().filter(b -> scopes.contains(b.scope()) && b.isFailure())
                    .forEach(b -> b.codes().filter(c -> !catalog.contains(c)).findFirst().ifPresent(out::add));
        }
        out.sort(null);
        return out;
    }

    @Override
    @SuppressWarnings("deprecation") // the one-argument form is what JUnit 5.10 to 5.12 call
    public Stream<? extends Arguments> provideArguments(ExtensionContext context) {
        return codes.stream().map(Arguments::of);
    }
}
