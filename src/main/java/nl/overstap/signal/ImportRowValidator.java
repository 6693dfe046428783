package nl.overstap.signal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.overstap.shared.DutchDates;
import nl.overstap.shared.DutchFormats;
import nl.overstap.shared.Municipality;
import nl.overstap.youth.AgePolicy;
import nl.overstap.youth.Bsn;
import org.jspecify.annotations.Nullable;

/**
 * Checks one record of a list against its header and gives either a parsed {@link ImportRow} or the
 * reasons per field why it is rejected, or says the line was empty. Pure: no database, no clock (the
 * signal date is given), so the fuzz test can run it on anything.
 */
final class ImportRowValidator {

    /** Longest value kept for one field; a longer one is rejected rather than cut off. */
    static final int MAX_FIELD = 200;

    static final int MAX_REASON = 1000;

    private static final Pattern DIGITS = Pattern.compile("[0-9]+");
    private static final Pattern BRIN_CODE = Pattern.compile("[0-9]{2}[A-Za-z]{2}([0-9]{2})?");
    private static final Pattern DATE_WITH_TIME =
            Pattern.compile("([0-9]{1,4}[-/.][0-9]{1,2}[-/.][0-9]{1,4})[ T][0-9]{1,2}:[0-9]{2}(:[0-9]{2})?");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");
    private static final Pattern SPACES_AND_DOTS = Pattern.compile("[\\s.]");

    /** Care that ends within this many days (or has ended) makes a youth-care signal urgent. */
    static final int CARE_ENDS_SOON_DAYS = 30;

    /** A reason why a field (or the whole row) is rejected: a message key and its arguments. */
    record Reason(String column, String key, List<String> args) {}

    /** What became of a record. */
    sealed interface Verdict {}

    /** The record was an empty line (only separators or spaces): counted, not a row. */
    record Empty(int line) implements Verdict {}

    record Rejected(int line, List<String> raw, List<Reason> reasons) implements Verdict {}

    record Valid(ImportRow row) implements Verdict {}

    /** The columns found in a header: index per column, and what is missing. */
    record Header(List<String> names, Map<ListImportColumn, Integer> index, List<ListImportColumn> missing) {

        boolean usable() {
            return missing.isEmpty();
        }
    }

    private final ListImportKind kind;
    private final Header header;
    private final LocalDate today;

    ImportRowValidator(ListImportKind kind, Header header, LocalDate today) {
        this.kind = kind;
        this.header = header;
        this.today = today;
    }

    /** Maps header names to this kind's columns; the first column with a matching name wins. */
    static Header header(ListImportKind kind, List<String> names) {
        Map<ListImportColumn, Integer> index = new EnumMap<>(ListImportColumn.class);
        for (int i = 0; i < names.size(); i++) {
            String key = ListImportColumn.key(names.get(i));
            for (ListImportColumn column : kind.columns()) {
                if (column.matches(key) && !index.containsKey(column)) {
                    index.put(column, i);
                    break;
                }
            }
        }
        List<ListImportColumn> missing = kind.columns().stream()
                .filter(c -> c.required() && !index.containsKey(c))
                .toList();
        return new Header(List.copyOf(names), index, missing);
    }

    Verdict check(CsvListReader.Record record) {
        List<String> fields = record.fields();
        if (record.problem() != null) {
            return new Rejected(
                    record.line(),
                    truncated(fields),
                    List.of(new Reason("", "unreadable." + record.problem(), List.of())));
        }
        if (record.blank()) {
            return new Empty(record.line());
        }
        List<Reason> reasons = new ArrayList<>();
        for (int i = header.names().size(); i < fields.size(); i++) {
            if (!fields.get(i).isEmpty()) {
                reasons.add(new Reason(
                        "",
                        "unreadable.columns",
                        List.of(
                                String.valueOf(fields.size()),
                                String.valueOf(header.names().size()))));
                return new Rejected(record.line(), truncated(fields), reasons);
            }
        }
        for (String field : fields) {
            if (field.length() > MAX_FIELD) {
                reasons.add(new Reason("", "tooLong", List.of(String.valueOf(MAX_FIELD))));
                return new Rejected(record.line(), truncated(fields), reasons);
            }
        }

        Bsn bsn = bsn(value(fields, ListImportColumn.BSN), reasons);
        String familyName = name(fields, ListImportColumn.FAMILY_NAME, reasons);
        String infix = value(fields, ListImportColumn.INFIX);
        String givenNames = name(fields, ListImportColumn.GIVEN_NAMES, reasons);
        LocalDate dateOfBirth = date(fields, ListImportColumn.DATE_OF_BIRTH, reasons);
        if (dateOfBirth != null) {
            switch (AgePolicy.atRegistration(dateOfBirth, today)) {
                case IN_FUTURE -> reasons.add(reason(ListImportColumn.DATE_OF_BIRTH, "dateOfBirth.future"));
                case TOO_YOUNG, TOO_OLD ->
                    reasons.add(new Reason(
                            ListImportColumn.DATE_OF_BIRTH.dutchName(),
                            "age",
                            List.of(String.valueOf(AgePolicy.ageOn(dateOfBirth, today)))));
                case ALLOWED -> {}
            }
        }
        String postcode = postcode(value(fields, ListImportColumn.POSTCODE), reasons);
        String municipalityName = value(fields, ListImportColumn.MUNICIPALITY);
        Municipality municipality = null;
        if (municipalityName == null) {
            reasons.add(reason(ListImportColumn.MUNICIPALITY, "required"));
        } else {
            municipality = ImportMunicipalities.find(municipalityName).orElse(null);
            if (municipality == null) {
                reasons.add(new Reason(
                        ListImportColumn.MUNICIPALITY.dutchName(), "municipality.unknown", List.of(municipalityName)));
            }
        }
        LocalDate eventDate = date(fields, kind.eventDate(), reasons);
        if (eventDate != null && kind == ListImportKind.EARLY_SCHOOL_LEAVERS && eventDate.isAfter(today)) {
            reasons.add(reason(ListImportColumn.DEREGISTERED_ON, "deregistered.future"));
        }
        String school = value(fields, ListImportColumn.SCHOOL);
        String brin = value(fields, ListImportColumn.BRIN);
        String schoolOrBrin = value(fields, ListImportColumn.SCHOOL_OR_BRIN);
        if (schoolOrBrin != null) {
            if (BRIN_CODE.matcher(schoolOrBrin).matches()) {
                brin = brin == null ? schoolOrBrin : brin;
            } else {
                school = school == null ? schoolOrBrin : school;
            }
        }
        if (brin != null && !BRIN_CODE.matcher(brin).matches()) {
            reasons.add(new Reason(ListImportColumn.BRIN.dutchName(), "brin", List.of(brin)));
        }
        String reason = value(fields, ListImportColumn.REASON);

        if (!reasons.isEmpty()
                || familyName == null
                || givenNames == null
                || dateOfBirth == null
                || municipality == null
                || eventDate == null) {
            return new Rejected(record.line(), truncated(fields), List.copyOf(reasons));
        }
        Urgency urgency =
                kind == ListImportKind.YOUTH_CARE_18 && !eventDate.isAfter(today.plusDays(CARE_ENDS_SOON_DAYS))
                        ? Urgency.HIGH
                        : Urgency.NORMAL;
        return new Valid(new ImportRow(
                record.line(),
                bsn,
                infix == null ? familyName : infix + " " + familyName,
                givenNames,
                dateOfBirth,
                postcode,
                value(fields, ListImportColumn.HOUSE_NUMBER),
                municipality,
                school,
                brin != null ? brin.toUpperCase(java.util.Locale.ROOT) : null,
                value(fields, ListImportColumn.COURSE),
                eventDate,
                kind == ListImportKind.YOUTH_CARE_18 ? value(fields, ListImportColumn.CARE_PROVIDER) : null,
                reason,
                urgency));
    }

    /** A field's trimmed value, or null when the column is absent or the field empty. */
    @Nullable
    private String value(List<String> fields, ListImportColumn column) {
        Integer at = header.index().get(column);
        if (at == null || at >= fields.size()) {
            return null;
        }
        String value = fields.get(at).strip();
        if (value.length() > 1 && value.charAt(0) == '\'' && "=+-@".indexOf(value.charAt(1)) >= 0) {
            value = value.substring(1); // neutralised by our own download of rejected rows
        }
        return value.isEmpty() ? null : value;
    }

    @Nullable
    private String name(List<String> fields, ListImportColumn column, List<Reason> reasons) {
        String value = value(fields, column);
        if (value == null) {
            reasons.add(reason(column, "required"));
            return null;
        }
        if (!LETTER.matcher(value).find()) {
            reasons.add(reason(column, "name"));
            return null;
        }
        return value;
    }

    @Nullable
    private LocalDate date(List<String> fields, ListImportColumn column, List<Reason> reasons) {
        String value = value(fields, column);
        if (value == null) {
            if (column.required()) {
                reasons.add(reason(column, "required"));
            }
            return null;
        }
        Matcher withTime = DATE_WITH_TIME.matcher(value);
        String day = withTime.matches() ? withTime.group(1) : value;
        Optional<LocalDate> parsed = DutchDates.parse(day);
        if (parsed.isEmpty() || parsed.get().getYear() < 1900 || parsed.get().getYear() > 2200) {
            reasons.add(new Reason(column.dutchName(), "date", List.of(value)));
            return null;
        }
        return parsed.get();
    }

    /**
     * The BSN as text: spaces and dots are allowed, an 8-digit number (Excel dropped the leading
     * zero) gets its zero back, and then the elfproef decides. Excel's scientific notation cannot be
     * restored and gets its own reason.
     */
    @Nullable
    private static Bsn bsn(@Nullable String value, List<Reason> reasons) {
        if (value == null) {
            return null;
        }
        String digits = SPACES_AND_DOTS.matcher(value).replaceAll("");
        if (excelScientific(value.strip())) {
            reasons.add(reason(ListImportColumn.BSN, "bsn.excel"));
            return null;
        }
        if (!DIGITS.matcher(digits).matches() || digits.length() < 8 || digits.length() > 9) {
            reasons.add(reason(ListImportColumn.BSN, "bsn.format"));
            return null;
        }
        if (digits.length() == 8) {
            digits = "0" + digits;
        }
        Optional<Bsn> bsn = Bsn.parse(digits);
        if (bsn.isEmpty()) {
            reasons.add(reason(ListImportColumn.BSN, "bsn.checkDigit"));
            return null;
        }
        return bsn.get();
    }

    /** Excel's scientific notation of a number, such as {@code 1,23457E+08}. */
    static boolean excelScientific(String value) {
        int e = Math.max(value.indexOf('E'), value.indexOf('e'));
        if (e <= 0) {
            return false;
        }
        String exponent = value.substring(e + 1);
        exponent = exponent.startsWith("+") ? exponent.substring(1) : exponent;
        String mantissa = value.substring(0, e).replaceFirst("[.,]", "");
        return !exponent.isEmpty() && allDigits(exponent) && !mantissa.isEmpty() && allDigits(mantissa);
    }

    private static boolean allDigits(String text) {
        return text.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    @Nullable
    private static String postcode(@Nullable String value, List<Reason> reasons) {
        if (value == null) {
            return null;
        }
        // lists often carry stray spaces between the digits and the letters
        Optional<String> postcode = DutchFormats.postcode(value.replaceAll("\\s+", " "));
        if (postcode.isEmpty()) {
            reasons.add(new Reason(ListImportColumn.POSTCODE.dutchName(), "postcode", List.of(value)));
            return null;
        }
        return postcode.get();
    }

    private static Reason reason(ListImportColumn column, String key) {
        return new Reason(column.dutchName(), key, List.of());
    }

    /** The raw fields kept for the download of rejected rows, each cut to a sane length. */
    private static List<String> truncated(List<String> fields) {
        List<String> kept = new ArrayList<>(Math.min(fields.size(), 100));
        for (int i = 0; i < fields.size() && i < 100; i++) {
            String field = fields.get(i);
            kept.add(field.length() > MAX_REASON ? field.substring(0, MAX_REASON) : field);
        }
        return kept;
    }
}
