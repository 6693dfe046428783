package nl.overstap.demo;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A first life-domain scan for every demo youth whose trajectory is in Match or Borg (a scan is a
 * condition for entering Match), so matching can weigh interests and support needs and an employer's
 * anonymous profile shows interests and talents. Set-based SQL; the choices follow from a hash of the
 * youth's (seeded) id, so the same seed gives the same scans.
 */
final class DemoScans {

    private DemoScans() {}

    static void create(JdbcTemplate jdbc) {
        jdbc.update("""
                insert into scan (id, youth_id, scan_date, talents, interests, wishes, participants, created_by, created_at)
                select md5('demo-scan' || t.youth_id)::uuid, t.youth_id,
                       t.start_date + (current_date - t.start_date) / 3,
                       (array['Handig met gereedschap', 'Goed met mensen', 'Creatief en precies', 'Rustig en geduldig',
                              'Sterk in plannen', 'Werkt graag buiten', 'Snel met computers'])[1 + h % 7],
                       case when h % 3 = 0
                            then array[(array['TECHNOLOGY', 'CARE', 'HOSPITALITY', 'LOGISTICS', 'ICT', 'RETAIL',
                                              'CONSTRUCTION', 'GREEN', 'CREATIVE', 'ADMINISTRATION'])[1 + h % 10]]
                            else array[(array['TECHNOLOGY', 'CARE', 'HOSPITALITY', 'LOGISTICS', 'ICT', 'RETAIL',
                                              'CONSTRUCTION', 'GREEN', 'CREATIVE', 'ADMINISTRATION'])[1 + h % 10],
                                       (array['LOGISTICS', 'RETAIL', 'TECHNOLOGY', 'GREEN', 'CARE'])[1 + (h / 10) % 5]]
                       end,
                       (array['Een vaste baan met een diploma erbij', 'Eerst een stage om te proberen',
                              'Werken en leren tegelijk', 'Iets met mijn handen doen'])[1 + (h / 7) % 4],
                       array['YOUTH'], t.coach_id, now()
                  from (select tr.youth_id, tr.start_date, tr.coach_id,
                               abs(hashtext(tr.youth_id::text)) as h
                          from trajectory tr where tr.phase in ('MATCH', 'BORG')) t
                """);
        jdbc.update("""
                insert into scan_score (scan_id, domain, score)
                select s.id, d.domain,
                       case when abs(hashtext(s.id::text || d.domain)) % 7 = 0 then null
                            else 1 + abs(hashtext(s.id::text || d.domain)) % 5 end
                  from scan s
                  cross join unnest(array['FINANCES', 'WORK_EDUCATION', 'DAYTIME_ACTIVITIES', 'HOUSING',
                                          'DOMESTIC_RELATIONS', 'MENTAL_HEALTH', 'PHYSICAL_HEALTH', 'SUBSTANCE_USE',
                                          'BASIC_ADL', 'INSTRUMENTAL_ADL', 'SOCIAL_NETWORK', 'SOCIAL_PARTICIPATION',
                                          'JUSTICE']) as d(domain)
                 where s.id = md5('demo-scan' || s.youth_id)::uuid
                """);
    }
}
