package nl.overstap.trajectory;

import static org.assertj.core.api.Assertions.assertThat;

import nl.overstap.trajectory.CaseloadQuery.Scope;
import nl.overstap.trajectory.CaseloadQuery.Sort;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CaseloadQueryTest {

    @Test
    void takesKnownValuesCaseInsensitively() {
        CaseloadQuery query = CaseloadQuery.of("team", " scan ", "Days_In_Phase", 3, Scope.MINE);

        assertThat(query).isEqualTo(new CaseloadQuery(Scope.TEAM, Phase.SCAN, Sort.DAYS_IN_PHASE, 3));
        assertThat(query.sortKey()).isEqualTo("days_in_phase");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"everyone", "ALL", "mine; drop table trajectory"})
    void fallsBackToTheGivenScopeForAnUnknownScope(@Nullable String scope) {
        assertThat(CaseloadQuery.of(scope, null, null, 0, Scope.REGION).scope()).isEqualTo(Scope.REGION);
        assertThat(CaseloadQuery.of(scope, null, null, 0, Scope.MINE).scope()).isEqualTo(Scope.MINE);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"intake", "1"})
    void showsAllPhasesForAnUnknownPhase(@Nullable String phase) {
        assertThat(CaseloadQuery.of("mine", phase, null, 0, Scope.MINE).phase()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"CLOSED", "closed"})
    void ignoresTheClosedPhase(String phase) {
        assertThat(CaseloadQuery.of("mine", phase, null, 0, Scope.MINE).phase()).isNull();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"t.id desc", "bsn", "name; drop table youth"})
    void sortsByLastContactForAnUnknownSort(@Nullable String sort) {
        CaseloadQuery query = CaseloadQuery.of("mine", null, sort, 0, Scope.MINE);

        assertThat(query.sort()).isEqualTo(Sort.LAST_CONTACT);
        assertThat(query.sortKey()).isEqualTo("last_contact");
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, -100, Integer.MIN_VALUE})
    void clampsANegativePageToTheFirst(int page) {
        assertThat(CaseloadQuery.of("mine", null, null, page, Scope.MINE).page())
                .isZero();
    }

    @Test
    void keepsAReasonablePage() {
        assertThat(CaseloadQuery.of("mine", null, null, 7, Scope.MINE).page()).isEqualTo(7);
    }

    @Test
    void clampsAnAbsurdPageToTenThousand() {
        assertThat(CaseloadQuery.of("mine", null, null, Integer.MAX_VALUE, Scope.MINE)
                        .page())
                .isEqualTo(10_000);
    }
}
