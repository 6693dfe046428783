package nl.overstap.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Possible duplicates for the review pages: for one youth in 100 a second record without a
 * trajectory, as a coach might register by mistake: the family name with a typo (never the same
 * name, so exact look-ups stay unambiguous) and sometimes day and month of birth swapped.
 */
final class DemoDuplicates {

    /** One near-duplicate per this many youths (none in a region smaller than this). */
    static final int EVERY = 100;

    private DemoDuplicates() {}

    static int add(JdbcTemplate jdbc, Random random) {
        List<Object[]> originals = jdbc.query("""
                select id, organisation_id, given_names, family_name, date_of_birth, municipality, postcode,
                       education_status, start_qualification, created_by
                  from youth order by family_name, given_names, date_of_birth, id
                """, (rs, n) -> new Object[] {
            rs.getObject("organisation_id", UUID.class),
            rs.getString("given_names"),
            rs.getString("family_name"),
            rs.getObject("date_of_birth", java.time.LocalDate.class),
            rs.getString("municipality"),
            rs.getString("postcode"),
            rs.getString("education_status"),
            rs.getString("start_qualification"),
            rs.getObject("created_by", UUID.class)
        });
        List<Object[]> rows = new ArrayList<>();
        for (int i = EVERY - 1; i < originals.size(); i += EVERY) {
            Object[] o = originals.get(i);
            java.time.LocalDate birth = (java.time.LocalDate) o[3];
            if (random.nextBoolean() && birth.getDayOfMonth() <= 12 && birth.getDayOfMonth() != birth.getMonthValue()) {
                birth = java.time.LocalDate.of(birth.getYear(), birth.getDayOfMonth(), birth.getMonthValue());
            }
            rows.add(new Object[] {
                new UUID(random.nextLong(), random.nextLong()),
                o[0],
                o[1],
                typo((String) o[2], random),
                java.sql.Date.valueOf(birth),
                o[4],
                o[5],
                o[6],
                o[7],
                o[8]
            });
        }
        jdbc.batchUpdate("""
                insert into youth (id, organisation_id, given_names, family_name, date_of_birth, municipality, postcode,
                                   education_status, start_qualification, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, rows);
        return rows.size();
    }

    /** The name with one letter doubled, or an "h" added: always different, always close. */
    static String typo(String family, Random random) {
        int at = 1 + random.nextInt(Math.max(1, family.length() - 1));
        char c = family.charAt(at - 1);
        return Character.isLetter(c) && random.nextBoolean()
                ? family.substring(0, at) + c + family.substring(at)
                : family + "h";
    }
}
