package nl.overstap.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Flyway migrations are named {@code V0001__<module>_<what_it_does>.sql}, where the module is one of
 * the top-level packages under {@code nl.overstap}, and the versions run 0001, 0002, ... without gaps
 * or doubles.
 */
class MigrationNamingTest {

    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    private static final Path MODULES = Path.of("src/main/java/nl/overstap");
    private static final Pattern NAME = Pattern.compile("V(\\d{4})__([a-z][a-z0-9]*)_([a-z0-9]+(?:_[a-z0-9]+)*)\\.sql");

    private static List<String> files;
    private static Set<String> modules;

    @BeforeAll
    static void readDirectories() throws IOException {
        assertThat(MIGRATIONS)
                .as("migration folder (run from the project root)")
                .isDirectory();
        assertThat(MODULES).as("source folder of the modules").isDirectory();
        try (Stream<Path> listing = Files.list(MIGRATIONS)) {
            files = listing.map(path -> path.getFileName().toString()).sorted().toList();
        }
        try (Stream<Path> listing = Files.list(MODULES)) {
            modules = listing.filter(MigrationNamingTest::holdsJavaSources)
                    .map(path -> path.getFileName().toString())
                    .collect(Collectors.toSet());
        }
        assertThat(files).as("migrations").isNotEmpty();
        assertThat(modules).as("module packages").contains("youth", "trajectory");
    }

    @Test
    void everyMigrationIsNamedVersionModuleAndSnakeCaseDescription() {
        List<String> badNames = new ArrayList<>();
        for (String file : files) {
            Matcher matcher = NAME.matcher(file);
            if (!matcher.matches()) {
                badNames.add(file + " (expected V0001__<module>_<snake_case_description>.sql)");
            } else if (!modules.contains(matcher.group(2))) {
                badNames.add(file + " (module '" + matcher.group(2) + "' is none of " + modules + ")");
            }
        }
        assertThat(badNames).as("badly named migrations in " + MIGRATIONS).isEmpty();
    }

    @Test
    void versionsAreUnique() {
        Map<Integer, List<String>> byVersion = new TreeMap<>();
        for (String file : files) {
            byVersion.computeIfAbsent(version(file), v -> new ArrayList<>()).add(file);
        }
        Map<Integer, List<String>> doubles = byVersion.entrySet().stream()
                .filter(entry -> entry.getValue().size() > 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(doubles).as("versions used by more than one migration").isEmpty();
    }

    @Test
    void versionsRunFromOneWithoutGaps() {
        List<Integer> versions = files.stream()
                .map(MigrationNamingTest::version)
                .distinct()
                .sorted()
                .toList();
        List<Integer> expected =
                IntStream.rangeClosed(1, versions.size()).boxed().toList();
        assertThat(versions).as("migration versions").isEqualTo(expected);
    }

    /** A module package has Java files of its own (an empty left-over folder is no module). */
    private static boolean holdsJavaSources(Path folder) {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.anyMatch(file -> file.toString().endsWith(".java"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The number after V, or -1 when the name has none (reported by the naming test). */
    private static int version(String file) {
        Matcher matcher = Pattern.compile("V(\\d+)__.*").matcher(file);
        return matcher.matches() ? Integer.parseInt(matcher.group(1)) : -1;
    }
}
