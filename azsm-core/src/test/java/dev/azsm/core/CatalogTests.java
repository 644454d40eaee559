package dev.azsm.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.azsm.api.AzsmCode;
import dev.azsm.api.AzsmException;
import dev.azsm.api.CodeBlock;
import dev.azsm.api.Remedy;
import dev.azsm.api.Scope;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("The default catalogue")
class CatalogTests {

    static final List<String> SPECIFICATION = List.of("AZSM1001", "AZSM1002", "AZSM1003", "AZSM1004", "AZSM1020",
            "AZSM1021", "AZSM1022", "AZSM1023", "AZSM1024", "AZSM1025", "AZSM1026", "AZSM1040", "AZSM1041", "AZSM1042",
            "AZSM1043", "AZSM1044", "AZSM1045", "AZSM1060");

    /** Written out here on purpose, independently of the table the mapping uses. */
    static final java.util.Map<CodeBlock, Class<? extends AzsmException>> EXPECTED_CLASS = java.util.Map.of(
            CodeBlock.AGENT_UPGRADE, dev.azsm.api.AgentUpgradeException.class,
            CodeBlock.SOURCE, dev.azsm.api.SourceAccessException.class,
            CodeBlock.TARGET, dev.azsm.api.TargetAccessException.class,
            CodeBlock.JOB_EXECUTION, dev.azsm.api.JobExecutionException.class,
            CodeBlock.FILE_UNSUPPORTED, dev.azsm.api.FileUnsupportedException.class,
            CodeBlock.FILE_FAILED, dev.azsm.api.FileTransferException.class);

    static Stream<CatalogEntry> entries() {
        return ErrorCatalog.defaults().entries().stream();
    }

    static Stream<CatalogEntry> failures() {
        return entries().filter(CatalogEntry::isFailure);
    }

    @Test
    @DisplayName("holds the specification's job-run codes and every later public code")
    void holdsEveryCode() {
        ErrorCatalog catalog = ErrorCatalog.defaults();
        assertThat(catalog.entries()).extracting(e -> e.code().toString()).containsAll(SPECIFICATION)
                .contains("AZSM0001", "AZSM0002", "AZSM0003", "AZSM0004", "AZSM0005")
                .contains("AZSM1027", "AZSM1028", "AZSM1029", "AZSM1030", "AZSM1031")
                .contains("AZSM2001", "AZSM2021", "AZSM2027", "AZSM2041", "AZSM2042", "AZSM2061", "AZSM2071", "AZSM2080")
                .doesNotHaveDuplicates().isSorted();
        assertThat(catalog.size()).isEqualTo(50);
        assertThat(catalog.entries(Scope.JOB)).hasSize(23);
        assertThat(catalog.entries(Scope.FILE)).hasSize(22);
        assertThat(catalog.entries(Scope.AGENT)).hasSize(5);
    }

    @Test
    @DisplayName("keeps the specification's words and says where each entry comes from")
    void origins() {
        ErrorCatalog catalog = ErrorCatalog.defaults();
        assertThat(catalog.entries()).filteredOn(e -> e.origin() == Origin.SPECIFICATION)
                .extracting(e -> e.code().toString()).containsExactlyElementsOf(SPECIFICATION);
        CatalogEntry e = catalog.find(AzsmCode.parse("AZSM1024")).orElseThrow();
        assertThat(e.message()).isEqualTo("Authorization failure on claiming the target container");
        assertThat(e.mitigation()).startsWith("The agent does not have the permission to access the target container.")
                .contains("'Storage Blob Data Contributor'");
        assertThat(e.note()).hasValueSatisfying(n -> assertThat(n).contains("Storage File Data Privileged Contributor"));
        assertThat(catalog.find("AZSM1025").orElseThrow().note())
                .hasValueSatisfying(n -> assertThat(n).contains("specification, which stands"));
        assertThat(catalog.find("AZSM1028").orElseThrow().origin()).isEqualTo(Origin.PUBLISHED);
        assertThat(catalog.find("AZSM2062").orElseThrow().origin()).isEqualTo(Origin.DRAFT);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entries")
    @DisplayName("gives every entry a message, a mitigation, a link anchored by its code, and a fitting remedy")
    void everyEntryIsComplete(CatalogEntry e) {
        assertThat(e.message()).isNotBlank().doesNotContain("\t", "\n");
        assertThat(e.mitigation()).isNotBlank();
        assertThat(e.documentation()).hasToString("https://learn.microsoft.com/azure/storage-mover/status-code#" + e.code());
        if (e.mitigation().equals("Retry or create a support ticket.")) {
            assertThat(e.remedy()).isEqualTo(Remedy.RETRY);
        }
        if (e.mitigation().startsWith("Create a new endpoint")) {
            assertThat(e.remedy()).isEqualTo(Remedy.FIX_CONFIGURATION);
        }
        assertThat(e.remedy() == Remedy.NONE).isEqualTo(!e.isFailure());
        assertThat(e.block().isNamed()).isTrue();
        assertThat(e.block().miscellaneous() == e.code())
                .isEqualTo(e.message().toLowerCase(java.util.Locale.ROOT).contains("miscellaneous")
                        || e.code().toString().equals("AZSM2080"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failures")
    @DisplayName("maps every failure code to its block's class with its text, remedy and link")
    void mapsEveryFailure(CatalogEntry e) {
        AzsmException x = AzsmErrors.fromCode(e.code().toString(), "detail");
        assertThat(x).isExactlyInstanceOf(EXPECTED_CLASS.get(e.block()));
        assertThat(x.code()).isSameAs(e.code());
        assertThat(x.isRecognized()).isTrue();
        assertThat(x.title()).isEqualTo(e.message());
        assertThat(x.mitigation()).isEqualTo(e.mitigation());
        assertThat(x.remedy()).isEqualTo(e.remedy());
        assertThat(x.documentation()).isEqualTo(e.documentation());
        assertThat(x.getMessage()).isEqualTo(e.code() + " " + e.message() + ": detail");
    }

    @Nested
    @DisplayName("built by users on top of the default one")
    class UserCatalogues {

        @Test
        @DisplayName("adds their codes and maps them, leaving the default catalogue as it was")
        void addsCodes() {
            ErrorCatalog mine = ErrorCatalog.defaults().toBuilder()
                    .add(CatalogEntry.builder("AZSM1061").message("Snapshot of the source failed")
                            .mitigation("Check the snapshot schedule, then retry.").remedy(Remedy.FIX_CONFIGURATION).build())
                    .build();
            AzsmException e = AzsmErrors.builder("AZSM1061").catalog(mine).detail("busy").build();
            assertThat(e.isRecognized()).isTrue();
            assertThat(e.getMessage()).isEqualTo("AZSM1061 Snapshot of the source failed: busy");
            assertThat(e.remedy()).isEqualTo(Remedy.FIX_CONFIGURATION);
            assertThat(mine.size()).isEqualTo(51);
            assertThat(ErrorCatalog.defaults().contains(AzsmCode.parse("AZSM1061"))).isFalse();
            assertThat(mine.find("AZSM1061").orElseThrow().origin()).isEqualTo(Origin.USER);
        }

        @Test
        @DisplayName("refuses a duplicate, saying which entry is already there")
        void refusesDuplicates() {
            assertThatIllegalArgumentException().isThrownBy(() -> ErrorCatalog.defaults().toBuilder()
                    .add(CatalogEntry.builder("AZSM1024").message("Mine").mitigation("Mine.").build()))
                    .withMessage("AZSM1024 is already catalogued as \"Authorization failure on claiming the target"
                            + " container\" (the specification (Storage Mover agent job error codes, 2023)); a code can"
                            + " be catalogued once");
        }

        @Test
        @DisplayName("refuses a miscellaneous code that is not its block's last number")
        void refusesMisplacedMiscellaneous() {
            assertThatIllegalArgumentException().isThrownBy(() -> ErrorCatalog.builder()
                    .add(CatalogEntry.builder("AZSM1079").message("Miscellaneous snapshot error").mitigation("Retry.").build()))
                    .withMessage("AZSM1079 is described as miscellaneous, but the miscellaneous code of block"
                            + " AZSM1061..AZSM1080 (job, unnamed) is its last number, AZSM1080");
        }

        @Test
        @DisplayName("refuses success, a malformed code, and a missing message or mitigation")
        void refusesBadEntries() {
            assertThatIllegalArgumentException().isThrownBy(() -> CatalogEntry.builder("AZSM0000").message("m").mitigation("m").build())
                    .withMessage("AZSM0000 is success and cannot be catalogued as a status of its own");
            assertThatIllegalArgumentException().isThrownBy(() -> CatalogEntry.builder("azsm1061"))
                    .withMessageStartingWith("Invalid Storage Mover status code \"azsm1061\"");
            assertThatIllegalArgumentException().isThrownBy(() -> CatalogEntry.builder("AZSM1061").mitigation("m").build())
                    .withMessage("Catalogue entry AZSM1061 has no message: every code needs one");
            assertThatIllegalArgumentException().isThrownBy(() -> CatalogEntry.builder("AZSM1061").message("m").build())
                    .withMessage("Catalogue entry AZSM1061 has no mitigation: say what a person should do");
        }
    }

    @Test
    @DisplayName("reports a malformed data file with its line number")
    void malformedFile() {
        List<String> lines = List.of("# comment",
                "code\tblock\tfactory\tparams\tremedy\torigin\tanchor\tmessage\tmitigation\tnote",
                "AZSM1001\tsource\tf\tsource,cause\tRETRY\tdraft\tAZSM1001\tm\tm",
                "");
        org.assertj.core.api.Assertions.assertThatIllegalStateException()
                .isThrownBy(() -> dev.azsm.core.internal.CatalogFile.parse(lines))
                .withMessage("The azsm catalogue /dev/azsm/core/catalog.tsv is malformed at line 3: it has 9 columns, expected 10");
        List<String> wrongBlock = List.of(lines.get(1), "AZSM1001\ttarget\tf\tsource\tRETRY\tdraft\tAZSM1001\tm\tm\t");
        org.assertj.core.api.Assertions.assertThatIllegalStateException()
                .isThrownBy(() -> dev.azsm.core.internal.CatalogFile.parse(wrongBlock))
                .withMessageEndingWith("line 2: block \"target\" does not match the code's block AZSM1001..AZSM1020 (job: source)");
    }

    @Test
    @DisplayName("names every failure block's class once, through the generator's table")
    void categoryClasses() {
        assertThat(CodeBlock.named()).filteredOn(CodeBlock::isFailure).hasSize(6);
    }
}
