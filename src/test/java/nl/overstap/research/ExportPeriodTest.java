package nl.overstap.research;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class ExportPeriodTest {

    private static final YearMonth NOW = YearMonth.of(2026, 11);

    @Test
    void acceptsAPeriodOfStartMonthsUpToThisMonth() {
        ResearchExportForm form = new ResearchExportForm("2025-01", " 2026-11 ");
        assertThat(ExportPeriod.validate(form, NOW)).isEmpty();
        ExportPeriod period = ExportPeriod.parse(form);
        assertThat(period.firstDay()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(period.dayAfter()).isEqualTo(LocalDate.of(2026, 12, 1));
    }

    @Test
    void asksForBothMonths() {
        assertThat(ExportPeriod.validate(new ResearchExportForm(null, " "), NOW))
                .containsEntry("from", "research.export.error.from.required")
                .containsEntry("to", "research.export.error.to.required");
    }

    @Test
    void refusesWhatIsNotAYearAndMonth() {
        assertThat(ExportPeriod.validate(new ResearchExportForm("01-2025", "2025-13"), NOW))
                .containsEntry("from", "research.export.error.month.format")
                .containsEntry("to", "research.export.error.month.format");
    }

    @Test
    void refusesAMonthThatHasNotBegun() {
        assertThat(ExportPeriod.validate(new ResearchExportForm("2025-01", "2026-12"), NOW))
                .containsOnlyKeys("to")
                .containsEntry("to", "research.export.error.month.future");
    }

    @Test
    void refusesAnEndBeforeTheStartAndAnOverlongPeriod() {
        assertThat(ExportPeriod.validate(new ResearchExportForm("2025-06", "2025-05"), NOW))
                .containsEntry("to", "research.export.error.to.beforeFrom");
        assertThat(ExportPeriod.validate(new ResearchExportForm("2016-10", "2026-10"), NOW))
                .containsEntry("to", "research.export.error.to.tooLong");
        assertThat(ExportPeriod.validate(new ResearchExportForm("2016-11", "2026-10"), NOW))
                .isEmpty();
    }
}
