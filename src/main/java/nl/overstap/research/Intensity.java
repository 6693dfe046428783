package nl.overstap.research;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Contact intensity as the export writes it: contacts per month of the trajectory, one decimal. */
final class Intensity {

    /** The average length of a month in days. */
    static final double DAYS_PER_MONTH = 365.25 / 12;

    private Intensity() {}

    /**
     * Contacts per month over {@code days} of trajectory, at least one month counted (so a
     * trajectory of a week does not show an inflated rate), with a decimal comma.
     */
    static String perMonth(long contacts, int days) {
        double months = Math.max(1.0, days / DAYS_PER_MONTH);
        return BigDecimal.valueOf(contacts / months)
                .setScale(1, RoundingMode.HALF_UP)
                .toPlainString()
                .replace('.', ',');
    }
}
