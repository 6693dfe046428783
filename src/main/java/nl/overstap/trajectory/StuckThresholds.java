package nl.overstap.trajectory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * When a trajectory counts as stuck: no contact that reached someone for {@code noContactDays}
 * ({@code noContactDaysInBorg} in Borg, where keeping the place needs closer contact), or no phase
 * change for {@code noPhaseChangeWeeks}. Configurable per installation.
 */
@Component
public class StuckThresholds {

    private final int noContactDays;
    private final int noContactDaysInBorg;
    private final int noPhaseChangeWeeks;

    StuckThresholds(
            @Value("${overstap.signals.no-contact-days:${overstap.caseload.contact-overdue-days:14}}")
                    int noContactDays,
            @Value("${overstap.signals.no-contact-days-in-borg:7}") int noContactDaysInBorg,
            @Value("${overstap.signals.no-phase-change-weeks:8}") int noPhaseChangeWeeks) {
        this.noContactDays = noContactDays;
        this.noContactDaysInBorg = noContactDaysInBorg;
        this.noPhaseChangeWeeks = noPhaseChangeWeeks;
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
