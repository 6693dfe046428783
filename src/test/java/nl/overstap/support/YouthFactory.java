package nl.overstap.support;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.UUID;
import nl.overstap.identity.TestLogins;
import nl.overstap.shared.CurrentUser;
import nl.overstap.trajectory.StartTrajectoryForm;
import nl.overstap.trajectory.Trajectories;
import nl.overstap.youth.Registration;
import nl.overstap.youth.YouthForm;
import nl.overstap.youth.YouthRegistration;
import org.springframework.stereotype.Component;
import org.springframework.validation.MapBindingResult;

/** Makes fresh youths through the real services, so a test never depends on demo youths other tests change. */
@Component
public class YouthFactory {

    private static final DateTimeFormatter DUTCH = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private final YouthRegistration registration;
    private final Trajectories trajectories;
    private final TestLogins logins;

    YouthFactory(YouthRegistration registration, Trajectories trajectories, TestLogins logins) {
        this.registration = registration;
        this.trajectories = trajectories;
        this.logins = logins;
    }

    /** A new youth of this coach's organisation with an open trajectory (in Scout) coached by them. */
    public DemoFixtures.Ids withTrajectory(String coachUsername, String familyName) {
        CurrentUser coach = logins.currentUser(coachUsername);
        YouthForm form = new YouthForm(
                "Testjongere",
                familyName,
                null,
                LocalDate.now(nl.overstap.shared.DutchTime.ZONE).minusYears(19).format(DUTCH),
                "DEN_HAAG",
                "2511 AB",
                "0612345678",
                "test@example.nl",
                null,
                "EARLY_SCHOOL_LEAVER",
                "NO",
                null,
                null,
                null,
                null,
                null,
                true);
        Registration result = registration.register(coach, form, new MapBindingResult(new HashMap<>(), "youthForm"));
        UUID youthId = ((Registration.Registered) result).youthId();
        UUID trajectoryId = trajectories.start(
                coach,
                youthId,
                new StartTrajectoryForm(
                        trajectories.programmes().get(0).id(),
                        coach.id(),
                        LocalDate.now(nl.overstap.shared.DutchTime.ZONE).format(DUTCH)),
                new MapBindingResult(new HashMap<>(), "startTrajectoryForm"));
        return new DemoFixtures.Ids(youthId, trajectoryId);
    }
}
