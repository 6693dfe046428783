package nl.overstap.identity;

/** The kinds of organisation in a regional partnership. */
public enum OrganisationKind {
    /** Coaching organisation (jongerencoaching, transitieconsulenten). */
    COACHING,
    /** Municipality (Participatiewet, Wmo, Jeugdwet, debt help). */
    MUNICIPALITY,
    /** School: mbo/ROC, vo, vso/pro. */
    EDUCATION,
    /** Regional registration and coordination of early school leavers. */
    RMC,
    /** Benefits, Wajong, target-group register. */
    UWV,
    /** Youth care provider (Jeugdwet). */
    YOUTH_CARE,
    /** Mental health care (GGZ). */
    MENTAL_HEALTH,
    /** Debt help. */
    DEBT_HELP,
    /** Housing corporation. */
    HOUSING,
    /** Youth work. */
    YOUTH_WORK,
    /** Neighbourhood team. */
    NEIGHBOURHOOD_TEAM,
    /** Probation and justice. */
    PROBATION,
    /** Employer (often SME) or learning company. */
    EMPLOYER,
    /** Volunteer or self-organisation, experts by experience. */
    VOLUNTEER
}
