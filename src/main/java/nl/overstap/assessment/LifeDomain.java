package nl.overstap.assessment;

import static nl.overstap.shared.DataCategory.SCAN_HEALTH;
import static nl.overstap.shared.DataCategory.SCAN_HOUSING;
import static nl.overstap.shared.DataCategory.SCAN_JUSTICE;
import static nl.overstap.shared.DataCategory.SCAN_SOCIAL;
import static nl.overstap.shared.DataCategory.SCAN_WORK_INCOME;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.overstap.shared.DataCategory;

/**
 * The 13 life domains of the scan (ZRM-compatible), in the order of the form. Each belongs to one
 * consent group (a {@code SCAN_*} data category: a reader sees a domain only when the grant allows
 * that category) and to one Big-5 bucket. Instrumental ADL (running a household: shopping, cleaning,
 * paperwork) goes with housing, because it is what living on one's own asks; justice is a consent
 * group of its own but counts for well-being in the Big 5.
 */
public enum LifeDomain {
    /** Financiën: income, debts, paying bills. */
    FINANCES(SCAN_WORK_INCOME, Big5.INCOME),
    /** Werk en opleiding: school, training, a job. */
    WORK_EDUCATION(SCAN_WORK_INCOME, Big5.SCHOOL_WORK),
    /** Tijdsbesteding: a daily rhythm and things to do. */
    DAYTIME_ACTIVITIES(SCAN_WORK_INCOME, Big5.SCHOOL_WORK),
    /** Huisvesting: a safe and steady place to live. */
    HOUSING(SCAN_HOUSING, Big5.HOUSING),
    /** Huiselijke relaties: relations with the people the youth lives with. */
    DOMESTIC_RELATIONS(SCAN_SOCIAL, Big5.SUPPORT),
    /** Geestelijke gezondheid: mental health. */
    MENTAL_HEALTH(SCAN_HEALTH, Big5.WELL_BEING),
    /** Lichamelijke gezondheid: physical health. */
    PHYSICAL_HEALTH(SCAN_HEALTH, Big5.WELL_BEING),
    /** Middelengebruik: alcohol, drugs, gambling. */
    SUBSTANCE_USE(SCAN_HEALTH, Big5.WELL_BEING),
    /** Basale ADL: personal care, eating, getting dressed. */
    BASIC_ADL(SCAN_HEALTH, Big5.WELL_BEING),
    /** Instrumentele ADL: running a household, shopping, paperwork. */
    INSTRUMENTAL_ADL(SCAN_HOUSING, Big5.HOUSING),
    /** Sociaal netwerk: friends, family and others to rely on. */
    SOCIAL_NETWORK(SCAN_SOCIAL, Big5.SUPPORT),
    /** Maatschappelijke participatie: taking part in society, clubs, volunteering. */
    SOCIAL_PARTICIPATION(SCAN_SOCIAL, Big5.SUPPORT),
    /** Justitie: contact with police and justice. */
    JUSTICE(SCAN_JUSTICE, Big5.WELL_BEING);

    /** Every scan category, for "may this user read any part of a scan". */
    public static final Set<DataCategory> CATEGORIES =
            Set.copyOf(EnumSet.of(SCAN_WORK_INCOME, SCAN_HOUSING, SCAN_HEALTH, SCAN_JUSTICE, SCAN_SOCIAL));

    private final DataCategory category;
    private final Big5 big5;

    LifeDomain(DataCategory category, Big5 big5) {
        this.category = category;
        this.big5 = big5;
    }

    /** The consent group that covers this domain. */
    public DataCategory category() {
        return category;
    }

    /** The Big-5 bucket this domain counts for. */
    public Big5 big5() {
        return big5;
    }

    /** The domains whose consent group is among {@code allowed}, in form order. */
    public static List<LifeDomain> visibleWith(Set<DataCategory> allowed) {
        return java.util.Arrays.stream(values())
                .filter(d -> allowed.contains(d.category))
                .toList();
    }
}
