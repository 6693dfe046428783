package nl.overstap.signal;

import java.util.UUID;
import nl.overstap.trajectory.StartTrajectoryForm;
import nl.overstap.youth.YouthForm;
import org.jspecify.annotations.Nullable;

/**
 * Contact made: the youth's registration (the youth module's fields and rules) and the trajectory to
 * start in Scout (programme, coach, start date), as typed. Field names match both modules' forms so
 * their field errors land on the right inputs.
 */
public record ContactMadeForm(
        @Nullable String givenNames,
        @Nullable String familyName,
        @Nullable String preferredName,
        @Nullable String dateOfBirth,
        @Nullable String municipality,
        @Nullable String postcode,
        @Nullable String phone,
        @Nullable String email,
        @Nullable String bsn,
        @Nullable String educationStatus,
        @Nullable String startQualification,
        @Nullable Boolean confirmDuplicate,
        @Nullable UUID programmeId,
        @Nullable UUID coachId,
        @Nullable String startDate,
        @Nullable Integer version) {

    YouthForm youth() {
        return new YouthForm(
                givenNames,
                familyName,
                preferredName,
                dateOfBirth,
                municipality,
                postcode,
                phone,
                email,
                bsn,
                educationStatus,
                startQualification,
                null,
                null,
                null,
                null,
                null,
                confirmDuplicate);
    }

    StartTrajectoryForm trajectory() {
        return new StartTrajectoryForm(programmeId, coachId, startDate);
    }
}
