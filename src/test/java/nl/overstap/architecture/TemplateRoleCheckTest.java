package nl.overstap.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Templates show links by role with {@code th:if="${@nav.is('COACH')}"} (identity's
 * {@code Navigation}), not with {@code sec:authorize}: the latter built a security expression context
 * per link and cost about a seventh of a page's CPU (docs/benchmarks.md, issue 7).
 */
class TemplateRoleCheckTest {

    @Test
    void no_template_uses_sec_authorize() throws IOException {
        List<Path> offenders;
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            offenders = files.filter(p -> p.toString().endsWith(".html"))
                    .filter(TemplateRoleCheckTest::usesSecAuthorize)
                    .toList();
        }
        assertThat(offenders).as("use th:if=\"${@nav.is('ROLE')}\" instead").isEmpty();
    }

    private static boolean usesSecAuthorize(Path file) {
        try {
            return Files.readString(file).contains("sec:authorize");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
