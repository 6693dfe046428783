package nl.overstap.assessment;

import java.util.Optional;
import java.util.UUID;
import nl.overstap.trajectory.Phase;
import nl.overstap.trajectory.PhaseEntryCondition;
import org.springframework.stereotype.Component;

/** Scan → Match needs a completed scan: refused with {@code SCAN_NOT_DONE} while the youth has none. */
@Component
class FirstScanCondition implements PhaseEntryCondition {

    static final String SCAN_NOT_DONE = "SCAN_NOT_DONE";

    private final Scans scans;

    FirstScanCondition(Scans scans) {
        this.scans = scans;
    }

    @Override
    public Optional<String> refuse(UUID trajectoryId, UUID youthId, Phase from, Phase target) {
        if (target == Phase.MATCH && !scans.hasScan(youthId)) {
            return Optional.of(SCAN_NOT_DONE);
        }
        return Optional.empty();
    }
}
