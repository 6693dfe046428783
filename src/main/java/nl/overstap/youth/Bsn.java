package nl.overstap.youth;

import java.util.Optional;

/**
 * A citizen service number: 9 digits passing the elfproef (weights 9..2 and -1 for the last digit,
 * sum divisible by 11). Text, so a leading zero is kept. {@link #toString()} is masked on purpose so
 * the number can never end up in a log by accident.
 */
public final class Bsn {

    private final String digits;

    private Bsn(String digits) {
        this.digits = digits;
    }

    /** Parses user input; spaces and dots between digits are allowed. Empty when not a valid BSN. */
    public static Optional<Bsn> parse(String input) {
        String digits = input.replaceAll("[\\s\\u00A0.]", "");
        return isValid(digits) ? Optional.of(new Bsn(digits)) : Optional.empty();
    }

    /** True for exactly 9 digits that pass the elfproef. */
    public static boolean isValid(String digits) {
        if (digits.length() != 9 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (9 - i) * (digits.charAt(i) - '0');
        }
        sum -= digits.charAt(8) - '0';
        return sum % 11 == 0 && !"000000000".equals(digits);
    }

    /** The full number, for encryption only. */
    String digits() {
        return digits;
    }

    /** Shown on screen: {@code *****6782}. */
    public String masked() {
        return mask(digits);
    }

    static String mask(String digits) {
        return "*****" + digits.substring(digits.length() - 4);
    }

    @Override
    public String toString() {
        return masked();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Bsn bsn && bsn.digits.equals(digits);
    }

    @Override
    public int hashCode() {
        return digits.hashCode();
    }
}
