package nl.overstap.network;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/** Checks a typed key person and turns it into values; every problem becomes a field error. */
final class KeyPersonValidator {

    static final int MAX_NAME = 100;
    static final int MAX_NOTE = 500;
    static final int MAX_EMAIL = 200;
    static final int MAX_PHONE = 30;

    private KeyPersonValidator() {}

    /** The checked key person, trimmed; blank optional fields are null. */
    record Values(
            String name,
            Relation relation,
            @Nullable String phone,
            @Nullable String email,
            boolean joinsMeetings,
            @Nullable String note) {}

    static @Nullable Values validate(KeyPersonForm form, Errors errors) {
        String name = trimToNull(form.name());
        if (name == null) {
            errors.rejectValue("name", "network.error.name.required");
        } else if (name.length() > MAX_NAME) {
            errors.rejectValue("name", "network.error.name.tooLong");
        }
        Relation relation = relation(form.relation());
        if (relation == null) {
            errors.rejectValue("relation", "network.error.relation.required");
        }
        String phone = trimToNull(form.phone());
        if (phone != null && !isPhone(phone)) {
            errors.rejectValue("phone", "network.error.phone.format");
        }
        String email = trimToNull(form.email());
        if (email != null && !isEmail(email)) {
            errors.rejectValue("email", "network.error.email.format");
        }
        Boolean joinsMeetings = "yes".equals(form.joinsMeetings())
                ? Boolean.TRUE
                : "no".equals(form.joinsMeetings()) ? Boolean.FALSE : null;
        if (joinsMeetings == null) {
            errors.rejectValue("joinsMeetings", "network.error.joinsMeetings.required");
        }
        String note = trimToNull(form.note());
        if (note != null && note.length() > MAX_NOTE) {
            errors.rejectValue("note", "network.error.note.tooLong");
        }
        if (errors.hasErrors() || name == null || relation == null || joinsMeetings == null) {
            return null;
        }
        return new Values(name, relation, phone, email, joinsMeetings, note);
    }

    static KeyPersonForm formOf(KeyPerson person) {
        return new KeyPersonForm(
                person.name(),
                person.relation().name(),
                person.phone(),
                person.email(),
                person.joinsMeetings() ? "yes" : "no",
                person.note());
    }

    /**
     * A phone number: 10 to 15 digits, optionally after a leading +; spaces, dashes, dots and
     * brackets between the digits are allowed and kept as typed.
     */
    static boolean isPhone(String input) {
        if (input.length() > MAX_PHONE) {
            return false;
        }
        int digits = 0;
        for (int i = 0; i < input.length(); i++) {
            char c = input.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c == '+') {
                if (digits > 0 || input.indexOf('+') != i || input.lastIndexOf('+') != i) {
                    return false;
                }
            } else if (c != ' ' && c != '-' && c != '.' && c != '(' && c != ')') {
                return false;
            }
        }
        return digits >= 10 && digits <= 15;
    }

    /**
     * An e-mail address in the usual shape: something, one @, and a domain with a dot that is not
     * at its start or end; no white space.
     */
    static boolean isEmail(String input) {
        if (input.length() > MAX_EMAIL || input.chars().anyMatch(Character::isWhitespace)) {
            return false;
        }
        int at = input.indexOf('@');
        if (at <= 0 || at != input.lastIndexOf('@')) {
            return false;
        }
        String domain = input.substring(at + 1);
        int dot = domain.lastIndexOf('.');
        return dot > 0 && dot < domain.length() - 1 && !domain.startsWith(".") && !domain.contains("..");
    }

    private static @Nullable Relation relation(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Relation.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static @Nullable String trimToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
