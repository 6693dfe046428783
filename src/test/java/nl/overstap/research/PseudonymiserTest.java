package nl.overstap.research;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PseudonymiserTest {

    @Test
    void givesTheSameYouthTheSamePseudonymWithinOneExport() {
        Pseudonymiser export = Pseudonymiser.fresh();
        UUID youth = UUID.randomUUID();
        assertThat(export.of(youth)).isEqualTo(export.of(youth));
    }

    @Test
    void givesTheSameYouthAnotherPseudonymInTheNextExport() {
        UUID youth = UUID.randomUUID();
        assertThat(Pseudonymiser.fresh().of(youth))
                .isNotEqualTo(Pseudonymiser.fresh().of(youth));
    }

    @Test
    void givesDifferentYouthsDifferentShortPseudonymsThatHideTheId() {
        Pseudonymiser export = Pseudonymiser.fresh();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            UUID youth = UUID.randomUUID();
            String pseudonym = export.of(youth);
            assertThat(pseudonym).hasSize(16).matches("[A-Za-z0-9_-]+");
            assertThat(youth.toString()).doesNotContain(pseudonym);
            seen.add(pseudonym);
        }
        assertThat(seen).hasSize(10_000);
    }
}
