package nl.overstap.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import org.junit.jupiter.api.Test;
import org.springframework.validation.MapBindingResult;

/** The checks on a typed key person, without Spring. */
class KeyPersonValidatorTest {

    @Test
    void acceptsAKeyPersonWithOnlyNameRelationAndMeetingChoice() {
        MapBindingResult errors = errors();
        KeyPersonValidator.Values values = KeyPersonValidator.validate(
                new KeyPersonForm("  Fatima El Amrani ", "other_family", " ", "", "no", null), errors);

        assertThat(errors.hasErrors()).isFalse();
        assertThat(values)
                .isEqualTo(new KeyPersonValidator.Values(
                        "Fatima El Amrani", Relation.OTHER_FAMILY, null, null, false, null));
    }

    @Test
    void refusesAMissingNameRelationAndMeetingChoice() {
        MapBindingResult errors = errors();

        assertThat(KeyPersonValidator.validate(new KeyPersonForm(" ", "COUSIN", null, null, "maybe", null), errors))
                .isNull();
        assertThat(errors.getFieldError("name").getCode()).isEqualTo("network.error.name.required");
        assertThat(errors.getFieldError("relation").getCode()).isEqualTo("network.error.relation.required");
        assertThat(errors.getFieldError("joinsMeetings").getCode()).isEqualTo("network.error.joinsMeetings.required");
    }

    @Test
    void refusesANoteLongerThan500Characters() {
        MapBindingResult errors = errors();

        KeyPersonValidator.validate(new KeyPersonForm("Jan", "PARENT", null, null, "yes", "x".repeat(501)), errors);

        assertThat(errors.getFieldError("note").getCode()).isEqualTo("network.error.note.tooLong");
    }

    @Test
    void phoneNumbersHaveTenToFifteenDigitsWithOptionalPlusAndSeparators() {
        assertThat(KeyPersonValidator.isPhone("06 12345678")).isTrue();
        assertThat(KeyPersonValidator.isPhone("+31 (0)6-1234.5678")).isTrue();
        assertThat(KeyPersonValidator.isPhone("070 123 45 67")).isTrue();
        assertThat(KeyPersonValidator.isPhone("06 1234567")).as("9 digits").isFalse();
        assertThat(KeyPersonValidator.isPhone("1234567890123456"))
                .as("16 digits")
                .isFalse();
        assertThat(KeyPersonValidator.isPhone("06+12345678"))
                .as("plus in the middle")
                .isFalse();
        assertThat(KeyPersonValidator.isPhone("06 1234567a")).isFalse();
    }

    @Test
    void emailAddressesNeedOneAtAndADomainWithADot() {
        assertThat(KeyPersonValidator.isEmail("oma.jansen@voorbeeld.nl")).isTrue();
        assertThat(KeyPersonValidator.isEmail("oma@localhost")).isFalse();
        assertThat(KeyPersonValidator.isEmail("@voorbeeld.nl")).isFalse();
        assertThat(KeyPersonValidator.isEmail("oma@@voorbeeld.nl")).isFalse();
        assertThat(KeyPersonValidator.isEmail("oma@voorbeeld.")).isFalse();
        assertThat(KeyPersonValidator.isEmail("oma@.voorbeeld.nl")).isFalse();
        assertThat(KeyPersonValidator.isEmail("oma jansen@voorbeeld.nl")).isFalse();
        assertThat(KeyPersonValidator.isEmail("a@b.nl".repeat(40))).isFalse();
    }

    private static MapBindingResult errors() {
        return new MapBindingResult(new HashMap<>(), "keyPersonForm");
    }
}
