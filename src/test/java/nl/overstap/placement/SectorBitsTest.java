package nl.overstap.placement;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.overstap.assessment.Sector;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/** The candidate pool stores interests as bits in the order of {@link Sector}; the migration must list them so. */
class SectorBitsTest {

    @Test
    void candidatePoolBitOrderIsTheOrderOfTheSectorEnum() throws IOException {
        String sql = new ClassPathResource("db/migration/V0024__placement_create_place.sql")
                .getContentAsString(StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("array_position\\(array\\[([^\\]]+)]", Pattern.DOTALL)
                .matcher(sql);
        assertThat(m.find()).isTrue();
        String[] names = Arrays.stream(m.group(1).split(","))
                .map(s -> s.strip().replace("'", ""))
                .toArray(String[]::new);
        assertThat(names)
                .containsExactly(Arrays.stream(Sector.values()).map(Enum::name).toArray(String[]::new));
    }
}
