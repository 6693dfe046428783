package nl.overstap.youth;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import nl.overstap.shared.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.MapBindingResult;

/** Registers youths with chosen names through the real registration, for the duplicate and merge tests. */
final class DuplicateFixtures {

    private static final DateTimeFormatter DUTCH = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private final YouthRegistration registration;

    DuplicateFixtures(YouthRegistration registration) {
        this.registration = registration;
    }

    UUID register(
            CurrentUser coach,
            String given,
            String family,
            LocalDate birth,
            @Nullable String postcode,
            @Nullable String bsn) {
        YouthForm form = new YouthForm(
                given,
                family,
                null,
                birth.format(DUTCH),
                "DEN_HAAG",
                postcode,
                null,
                null,
                bsn,
                "EARLY_SCHOOL_LEAVER",
                "NO",
                null,
                null,
                null,
                null,
                null,
                true);
        MapBindingResult errors = new MapBindingResult(new HashMap<>(), "youthForm");
        Registration result = registration.register(coach, form, errors);
        if (!(result instanceof Registration.Registered registered)) {
            throw new IllegalStateException("not registered: " + errors);
        }
        return registered.youthId();
    }

    /** A random date of birth of a 17-25 year old with day and month both at most 12 and different. */
    static LocalDate swappableBirth() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        int month = 1 + random.nextInt(12);
        int day;
        do {
            day = 1 + random.nextInt(12);
        } while (day == month);
        return LocalDate.of(LocalDate.now().getYear() - 17 - random.nextInt(8), month, day);
    }

    /** A random valid BSN (elfproef). */
    static String randomBsn() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        while (true) {
            StringBuilder digits = new StringBuilder();
            int sum = 0;
            for (int i = 0; i < 8; i++) {
                int d = random.nextInt(10);
                digits.append(d);
                sum += d * (9 - i);
            }
            int check = sum % 11;
            if (check < 10) {
                String bsn = digits.append(check).toString();
                if (Bsn.isValid(bsn)) {
                    return bsn;
                }
            }
        }
    }
}
