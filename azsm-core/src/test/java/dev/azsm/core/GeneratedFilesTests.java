package dev.azsm.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("Files generated from the catalogue")
class GeneratedFilesTests {

    static Stream<Arguments> files() {
        return GeneratedSources.all(ErrorCatalog.defaults()).entrySet().stream()
                .map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0} is up to date")
    @MethodSource("files")
    @DisplayName("are up to date with catalog.tsv")
    void upToDate(Path file, String expected) throws IOException {
        if (Boolean.getBoolean("azsm.regenerate")) {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, expected, StandardCharsets.UTF_8);
        }
        assertThat(Files.exists(file)).as("%s is missing; regenerate it with: %s", file, GeneratedSources.REGENERATE)
                .isTrue();
        assertThat(Files.readString(file, StandardCharsets.UTF_8))
                .as("%s is out of date with the catalogue; regenerate it with: %s", file, GeneratedSources.REGENERATE)
                .isEqualTo(expected);
    }

    static Map<Path, String> generated() {
        return GeneratedSources.all(ErrorCatalog.defaults());
    }
}
