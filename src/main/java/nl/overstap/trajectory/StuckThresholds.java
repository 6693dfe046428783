package nl.overstap.trajectory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * When a trajectory counts as stuck: no contact that reached someone for {@code noContactDays}
 * ({@code noContactDaysInBorg} in Borg, where keeping the place needs closer contact), no phase
 * change for {@code noPhaseChangeWeeks}, a plan action more than {@code actionOverdueDays} overdue,
 * or a partner's open action whose plan consent was withdrawn; in Borg also a follow-up check-in
 * unanswered {@code checkInMissedDays} after its due date, an employer's concern or an ended place.
 * Configurable per installation.
 */
@Component
public class StuckThresholds {

    private final int noContactDays;
    private final int noContactDaysInBorg;
    private final int noPhaseChangeWeeks;
    private final int actionOverdueDays;
    private final int checkInMissedDays;

    StuckThresholds(
            @Value("${overstap.signals.no-contact-days:${overstap.caseload.contact-overdue-days:14}}")
                    int noContactDays,
            @Value("${overstap.signals.no-contact-days-in-borg:7}") int noContactDaysInBorg,
            @Value("${overstap.signals.no-phase-change-weeks:8}") int noPhaseChangeWeeks,
            @Value("${overstap.signals.action-overdue-days:7}") int actionOverdueDays,
            @Value("${overstap.followup.missed-after-days:7}") int checkInMissedDays) {
        this.noContactDays = noContactDays;
        this.noContactDaysInBorg = noContactDaysInBorg;
        this.noPhaseChangeWeeks = noPhaseChangeWeeks;
        this.actionOverdueDays = actionOverdueDays;
        this.checkInMissedDays = checkInMissedDays;
    }

    /** A follow-up check-in counts as missed this many days after its due date. */
    public int checkInMissedDays() {
        return checkInMissedDays;
    }

    /** A plan action counts as stuck this many days after its due date. */
    public int actionOverdueDays() {
        return actionOverdueDays;
    }

    public int noContactDays(Phase phase) {
        return phase == Phase.BORG ? noContactDaysInBorg : noContactDays;
    }

    public int noContactDays() {
        return noContactDays;
    }

    public int noContactDaysInBorg() {
        return noContactDaysInBorg;
    }

    public int noPhaseChangeWeeks() {
        return noPhaseChangeWeeks;
    }
}
