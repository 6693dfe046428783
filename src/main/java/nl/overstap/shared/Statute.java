package nl.overstap.shared;

import static nl.overstap.shared.DataCategory.BASIC;
import static nl.overstap.shared.DataCategory.BSN;
import static nl.overstap.shared.DataCategory.CONTACT_DETAILS;
import static nl.overstap.shared.DataCategory.NETWORK;
import static nl.overstap.shared.DataCategory.PLAN;
import static nl.overstap.shared.DataCategory.SCAN_HEALTH;
import static nl.overstap.shared.DataCategory.SCAN_HOUSING;
import static nl.overstap.shared.DataCategory.SCAN_JUSTICE;
import static nl.overstap.shared.DataCategory.SCAN_SOCIAL;
import static nl.overstap.shared.DataCategory.SCAN_WORK_INCOME;
import static nl.overstap.shared.DataCategory.SITUATION;
import static nl.overstap.shared.DataCategory.TRAJECTORY;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Statutes that can carry a legal basis for sharing without consent, each with the data categories
 * its task needs. A coach's contact notes are never covered by a statute: they need consent.
 */
public enum Statute {
    /** RMC task: registration and coordination of early school leavers (WEB, Leerplichtwet). */
    RMC_EARLY_SCHOOL_LEAVERS(EnumSet.of(BASIC, CONTACT_DETAILS, SITUATION, TRAJECTORY, BSN)),
    /** Leerplichtwet 1969: compulsory education below 18. */
    LEERPLICHTWET(EnumSet.of(BASIC, CONTACT_DETAILS, SITUATION, BSN)),
    /** Jeugdwet: youth care, including 18-/18+ transition. */
    JEUGDWET(EnumSet.of(
            BASIC,
            CONTACT_DETAILS,
            SITUATION,
            TRAJECTORY,
            NETWORK,
            SCAN_WORK_INCOME,
            SCAN_HOUSING,
            SCAN_HEALTH,
            SCAN_JUSTICE,
            SCAN_SOCIAL,
            PLAN,
            BSN)),
    /** Participatiewet: work and income, municipality. */
    PARTICIPATIEWET(EnumSet.of(BASIC, CONTACT_DETAILS, SCAN_WORK_INCOME, SCAN_HOUSING, PLAN, BSN)),
    /** Wet maatschappelijke ondersteuning 2015. */
    WMO(EnumSet.of(BASIC, CONTACT_DETAILS, SCAN_HOUSING, SCAN_HEALTH, SCAN_SOCIAL, PLAN, BSN)),
    /** Wet gemeentelijke schuldhulpverlening. */
    WGS(EnumSet.of(BASIC, CONTACT_DETAILS, SCAN_WORK_INCOME, PLAN, BSN)),
    /** Wet SUWI: UWV's tasks (benefits, Wajong, target-group register). */
    WET_SUWI(EnumSet.of(BASIC, CONTACT_DETAILS, SCAN_WORK_INCOME, PLAN, BSN)),
    /** Wet educatie en beroepsonderwijs: mbo schools. */
    WEB(EnumSet.of(BASIC, SITUATION, TRAJECTORY, PLAN, BSN));

    private final Set<DataCategory> covers;

    Statute(Set<DataCategory> covers) {
        this.covers = Collections.unmodifiableSet(covers);
    }

    /** The categories this statute lets an organisation with that legal task receive. */
    public Set<DataCategory> covers() {
        return covers;
    }
}
