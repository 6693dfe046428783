package nl.overstap.plan;

/**
 * SQL conditions for "the organisation {@code :org} may see this category of youth {@code y} today
 * ({@code :today})": a current, granted, not withdrawn consent within an active covenant that allows
 * the category for the organisation's kind between both parties, or a recorded legal basis that is one
 * of the organisation's legal tasks. The same conditions as {@code consent.YouthAccess} and
 * {@code consent.PartnerYouths}, written as one {@code exists} so a list needs no decision per row.
 */
final class PartnerShares {

    private static final String PREFIX = """
            exists (select 1 from consent_record c
                      join organisation me on me.id = c.organisation_id
                     where c.youth_id = y.id and c.organisation_id = :org and c.is_current
                       and c.decision = 'GRANTED' and c.withdrawn_at is null and c.data_category = """;

    private static final String SUFFIX = """

                       and ((c.basis = 'LEGAL_BASIS' and c.statute = any (me.legal_tasks))
                            or (c.basis = 'CONSENT' and c.valid_until >= :today
                                and exists (select 1 from covenant cv
                                              join covenant_party mine on mine.covenant_id = cv.id
                                                                      and mine.organisation_id = c.organisation_id
                                              join covenant_party theirs on theirs.covenant_id = cv.id
                                                                        and theirs.organisation_id = y.organisation_id
                                              join covenant_share s on s.covenant_id = cv.id
                                                                   and s.data_category = c.data_category
                                                                   and s.organisation_kind = me.kind
                                             where cv.start_date <= :today
                                               and (cv.end_date is null or cv.end_date >= :today)))))
            """;

    /** The organisation may see the youth's plan. */
    static final String PLAN = PREFIX + "'PLAN'" + SUFFIX;

    /** The organisation may see the youth's basic details (the name). */
    static final String BASIC = PREFIX + "'BASIC'" + SUFFIX;

    private PartnerShares() {}
}
