package dev.azsm.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("CodeBlock")
class CodeBlockTests {

    @ParameterizedTest(name = "{0}: {1}..{2}, miscellaneous {2}, failure {3}")
    @CsvSource({
        "agent upgrade,     AZSM0001, AZSM0020, true",
        "source,            AZSM1001, AZSM1020, true",
        "target,            AZSM1021, AZSM1040, true",
        "job execution,     AZSM1041, AZSM1060, true",
        "excluded,          AZSM2001, AZSM2020, false",
        "unsupported,       AZSM2021, AZSM2040, true",
        "no copy necessary, AZSM2041, AZSM2060, false",
        "failed,            AZSM2061, AZSM2080, true",
    })
    @DisplayName("names the eight blocks of Storage Mover")
    void namedBlocks(String name, String first, String last, boolean failure) {
        CodeBlock block = AzsmCode.parse(first).block();
        assertThat(block.name()).contains(name);
        assertThat(block.first()).hasToString(first);
        assertThat(block.last()).hasToString(last);
        assertThat(block.miscellaneous()).hasToString(last);
        assertThat(block.miscellaneous().isMiscellaneous()).isTrue();
        assertThat(block.isFailure()).isEqualTo(failure);
        assertThat(block.codes()).hasSize(20).allSatisfy(code -> assertThat(code.block()).isSameAs(block));
        assertThat(CodeBlock.named()).contains(block);
    }

    @Test
    @DisplayName("exposes the named blocks as constants, in code order")
    void constants() {
        assertThat(CodeBlock.named()).containsExactly(CodeBlock.AGENT_UPGRADE, CodeBlock.SOURCE, CodeBlock.TARGET,
                CodeBlock.JOB_EXECUTION, CodeBlock.FILE_EXCLUDED, CodeBlock.FILE_UNSUPPORTED,
                CodeBlock.FILE_NO_COPY_NECESSARY, CodeBlock.FILE_FAILED);
        assertThat(CodeBlock.TARGET).hasToString("AZSM1021..AZSM1040 (job: target)");
    }

    @Test
    @DisplayName("computes an unnamed block for codes beyond the named ones, taken to be failures")
    void unknownBlocks() {
        CodeBlock block = AzsmCode.parse("AZSM1075").block();
        assertThat(block.isNamed()).isFalse();
        assertThat(block.name()).isEmpty();
        assertThat(block.first()).hasToString("AZSM1061");
        assertThat(block.miscellaneous()).hasToString("AZSM1080");
        assertThat(block.isFailure()).isTrue();
        assertThat(block.scope()).isEqualTo(Scope.JOB);
        assertThat(block).hasToString("AZSM1061..AZSM1080 (job, unnamed)");
    }

    @Test
    @DisplayName("covers every code exactly once, with 153 canonical blocks")
    void partitionsTheCodeSpace() {
        assertThat(CodeBlock.all()).hasSize(153);
        assertThat(CodeBlock.all().stream().mapToLong(b -> b.codes().count()).sum()).isEqualTo(3000);
        IntStream.rangeClosed(0, AzsmCode.MAX_VALUE).mapToObj(AzsmCode::of).forEach(code -> {
            CodeBlock block = code.block();
            assertThat(block.contains(code)).isTrue();
            assertThat(block.scope()).isEqualTo(code.scope());
            assertThat(CodeBlock.of(code)).isSameAs(block);
        });
    }

    @Test
    @DisplayName("puts x000 in a block of its own: success at agent scope, unnamed elsewhere")
    void zeroNumberBlocks() {
        assertThat(AzsmCode.SUCCESS.block().name()).contains("success");
        assertThat(AzsmCode.SUCCESS.block().isFailure()).isFalse();
        assertThat(AzsmCode.SUCCESS.isMiscellaneous()).isFalse();
        CodeBlock block = AzsmCode.parse("AZSM1000").block();
        assertThat(block.first()).isSameAs(block.last());
        assertThat(block.isNamed()).isFalse();
    }

    @Test
    @DisplayName("ends each scope with a block of 19 codes, x981..x999")
    void lastBlock() {
        CodeBlock block = AzsmCode.parse("AZSM2990").block();
        assertThat(block.first()).hasToString("AZSM2981");
        assertThat(block.miscellaneous()).hasToString("AZSM2999");
        assertThat(block.codes()).hasSize(19);
    }
}
