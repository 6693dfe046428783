package nl.overstap.signal;

import java.util.List;

/** The two kinds of list a coordinator can import, each with its columns and the signal source it feeds. */
public enum ListImportKind {
    /** RMC/DUO list of early school leavers (voortijdig schoolverlaters). */
    EARLY_SCHOOL_LEAVERS(
            SignalSource.RMC_DUO,
            List.of(
                    ListImportColumn.BSN,
                    ListImportColumn.FAMILY_NAME,
                    ListImportColumn.INFIX,
                    ListImportColumn.GIVEN_NAMES,
                    ListImportColumn.DATE_OF_BIRTH,
                    ListImportColumn.POSTCODE,
                    ListImportColumn.HOUSE_NUMBER,
                    ListImportColumn.MUNICIPALITY,
                    ListImportColumn.SCHOOL,
                    ListImportColumn.BRIN,
                    ListImportColumn.SCHOOL_OR_BRIN,
                    ListImportColumn.COURSE,
                    ListImportColumn.DEREGISTERED_ON,
                    ListImportColumn.REASON),
            ListImportColumn.DEREGISTERED_ON),
    /** Youth-care list of young people whose care ends around their 18th birthday (18-/18+). */
    YOUTH_CARE_18(
            SignalSource.YOUTH_CARE_18,
            List.of(
                    ListImportColumn.BSN,
                    ListImportColumn.FAMILY_NAME,
                    ListImportColumn.INFIX,
                    ListImportColumn.GIVEN_NAMES,
                    ListImportColumn.DATE_OF_BIRTH,
                    ListImportColumn.POSTCODE,
                    ListImportColumn.HOUSE_NUMBER,
                    ListImportColumn.MUNICIPALITY,
                    ListImportColumn.CARE_PROVIDER,
                    ListImportColumn.CARE_ENDS_ON,
                    ListImportColumn.REASON),
            ListImportColumn.CARE_ENDS_ON);

    private final SignalSource source;
    private final List<ListImportColumn> columns;
    private final ListImportColumn eventDate;

    ListImportKind(SignalSource source, List<ListImportColumn> columns, ListImportColumn eventDate) {
        this.source = source;
        this.columns = columns;
        this.eventDate = eventDate;
    }

    public SignalSource source() {
        return source;
    }

    /** The columns this list may have (unknown extra columns are ignored). */
    List<ListImportColumn> columns() {
        return columns;
    }

    /** The required date that says when the youth left school or care. */
    ListImportColumn eventDate() {
        return eventDate;
    }
}
