package nl.overstap.research;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuasiIdentifiersTest {

    @Test
    void blanksTheMunicipalityOfACombinationSharedByFewerThanFive() {
        assertThat(QuasiIdentifiers.municipality("DELFT", 1)).isEmpty();
        assertThat(QuasiIdentifiers.municipality("DELFT", 4)).isEmpty();
    }

    @Test
    void keepsTheMunicipalityOfACombinationSharedByFiveOrMore() {
        assertThat(QuasiIdentifiers.municipality("DELFT", 5)).isEqualTo("DELFT");
        assertThat(QuasiIdentifiers.municipality("DEN_HAAG", 400)).isEqualTo("DEN_HAAG");
    }
}
