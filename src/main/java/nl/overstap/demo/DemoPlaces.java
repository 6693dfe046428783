package nl.overstap.demo;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * About thirty places of the demo region: several at the demo employer (Installatiebedrijf Van Rijn),
 * training places of Mbo College Hofstad, and places of four more employers without accounts, in
 * varied kinds, sectors and municipalities. Coordinates come from the postcode area or the
 * municipality's centre, as for places entered in the app. Deterministic from the seed.
 */
final class DemoPlaces {

    private DemoPlaces() {}

    /** Extra employers without accounts: key, name, municipality. */
    private static final String[][] EMPLOYERS = {
        {"zorg", "Zorggroep Duinrand", "DEN_HAAG"},
        {"hotel", "Strandhotel De Kust", "DEN_HAAG"},
        {"kwekerij", "Kwekerij Westland Groen", "WESTLAND"},
        {"logistiek", "Distributiecentrum Zoetermeer", "ZOETERMEER"}
    };

    /**
     * org, kind, sector, title, postcode, municipality, hours min, hours max, start in days ("" = in
     * overleg), duration months, startkwalificatie, minimum age, licence, Dutch level, VOG, mentor, job coach,
     * capacity.
     */
    private static final String[][] PLACES = {
        {
            "mkb",
            "BBL",
            "TECHNOLOGY",
            "Leerling monteur installatietechniek",
            "2641 AB",
            "PIJNACKER_NOOTDORP",
            "32",
            "38",
            "14",
            "24",
            "n",
            "16",
            "n",
            "A2",
            "n",
            "y",
            "n",
            "2"
        },
        {
            "mkb",
            "JOB",
            "TECHNOLOGY",
            "Servicemonteur cv-ketels",
            "2641 AB",
            "PIJNACKER_NOOTDORP",
            "36",
            "40",
            "30",
            "",
            "y",
            "18",
            "y",
            "B1",
            "n",
            "y",
            "n",
            "1"
        },
        {
            "mkb",
            "INTERNSHIP",
            "TECHNOLOGY",
            "Stage elektrotechniek",
            "2641 AB",
            "PIJNACKER_NOOTDORP",
            "24",
            "32",
            "45",
            "5",
            "n",
            "16",
            "n",
            "",
            "n",
            "y",
            "n",
            "2"
        },
        {
            "mkb",
            "WORK_EXPERIENCE",
            "CONSTRUCTION",
            "Werkervaringsplek magazijn en werkplaats",
            "2642 CD",
            "PIJNACKER_NOOTDORP",
            "16",
            "24",
            "",
            "6",
            "n",
            "",
            "n",
            "",
            "n",
            "y",
            "y",
            "1"
        },
        {
            "mkb",
            "JOB",
            "ADMINISTRATION",
            "Planner servicedienst (parttime)",
            "2641 AB",
            "PIJNACKER_NOOTDORP",
            "20",
            "28",
            "60",
            "",
            "y",
            "18",
            "n",
            "B2",
            "n",
            "n",
            "n",
            "1"
        },
        {
            "mkb",
            "BBL",
            "CONSTRUCTION",
            "Leerling loodgieter",
            "2643 EF",
            "PIJNACKER_NOOTDORP",
            "32",
            "38",
            "100",
            "24",
            "n",
            "16",
            "n",
            "A2",
            "n",
            "y",
            "n",
            "1"
        },
        {
            "mbo",
            "TRAINING",
            "CARE",
            "Start opleiding Helpende zorg en welzijn (niveau 2)",
            "2521 AA",
            "DEN_HAAG",
            "24",
            "32",
            "40",
            "24",
            "n",
            "16",
            "n",
            "A2",
            "n",
            "y",
            "n",
            "12"
        },
        {
            "mbo",
            "TRAINING",
            "ICT",
            "Start opleiding ICT-support (niveau 3)",
            "2521 AA",
            "DEN_HAAG",
            "24",
            "32",
            "40",
            "36",
            "y",
            "16",
            "n",
            "B1",
            "n",
            "y",
            "n",
            "10"
        },
        {
            "mbo",
            "TRAINING",
            "HOSPITALITY",
            "Entreeopleiding horeca",
            "2521 AA",
            "DEN_HAAG",
            "16",
            "24",
            "10",
            "12",
            "n",
            "16",
            "n",
            "A1",
            "n",
            "y",
            "y",
            "15"
        },
        {
            "mbo",
            "BBL",
            "LOGISTICS",
            "BBL logistiek medewerker (niveau 2)",
            "2521 AA",
            "DEN_HAAG",
            "32",
            "36",
            "70",
            "24",
            "n",
            "17",
            "n",
            "A2",
            "n",
            "y",
            "n",
            "6"
        },
        {
            "mbo",
            "INTERNSHIP",
            "CREATIVE",
            "Stage mediavormgeving",
            "2611 AB",
            "DELFT",
            "32",
            "36",
            "50",
            "5",
            "y",
            "17",
            "n",
            "B1",
            "n",
            "y",
            "n",
            "4"
        },
        {
            "mbo",
            "TRAINING",
            "RETAIL",
            "Start opleiding verkoopmedewerker (niveau 2)",
            "2711 AA",
            "ZOETERMEER",
            "24",
            "32",
            "40",
            "24",
            "n",
            "16",
            "n",
            "A2",
            "n",
            "y",
            "n",
            "10"
        },
        {
            "mbo",
            "BBL",
            "CARE",
            "BBL maatschappelijke zorg (niveau 3)",
            "2511 AB",
            "DEN_HAAG",
            "28",
            "36",
            "70",
            "36",
            "y",
            "18",
            "n",
            "B1",
            "y",
            "y",
            "n",
            "5"
        },
        {
            "zorg",
            "JOB",
            "CARE",
            "Medewerker huishoudelijke zorg",
            "2563 AA",
            "DEN_HAAG",
            "12",
            "24",
            "14",
            "",
            "n",
            "18",
            "n",
            "A2",
            "y",
            "y",
            "n",
            "3"
        },
        {
            "zorg",
            "WORK_EXPERIENCE",
            "CARE",
            "Werkervaringsplek gastvrouw/gastheer verpleeghuis",
            "2563 AA",
            "DEN_HAAG",
            "12",
            "20",
            "",
            "6",
            "n",
            "16",
            "n",
            "A2",
            "y",
            "y",
            "y",
            "2"
        },
        {
            "zorg",
            "DAY_ACTIVITIES",
            "CARE",
            "Dagbesteding tuin en keuken",
            "2563 AA",
            "DEN_HAAG",
            "8",
            "16",
            "",
            "",
            "n",
            "",
            "n",
            "",
            "n",
            "y",
            "y",
            "6"
        },
        {
            "zorg",
            "SUPPORTED_WORK",
            "OTHER",
            "Beschut werk wasserij",
            "2533 AA",
            "DEN_HAAG",
            "16",
            "28",
            "21",
            "12",
            "n",
            "18",
            "n",
            "",
            "n",
            "y",
            "y",
            "4"
        },
        {
            "hotel",
            "JOB",
            "HOSPITALITY",
            "Afwasser en keukenhulp",
            "2586 AA",
            "DEN_HAAG",
            "16",
            "32",
            "7",
            "",
            "n",
            "16",
            "n",
            "",
            "n",
            "y",
            "n",
            "3"
        },
        {
            "hotel",
            "JOB",
            "HOSPITALITY",
            "Medewerker bediening strandpaviljoen",
            "2586 AA",
            "DEN_HAAG",
            "12",
            "30",
            "120",
            "6",
            "n",
            "16",
            "n",
            "A2",
            "n",
            "y",
            "n",
            "5"
        },
        {
            "hotel",
            "INTERNSHIP",
            "HOSPITALITY",
            "Stage receptie",
            "2586 AA",
            "DEN_HAAG",
            "32",
            "38",
            "40",
            "5",
            "y",
            "17",
            "n",
            "B2",
            "n",
            "y",
            "n",
            "1"
        },
        {
            "hotel",
            "WORK_EXPERIENCE",
            "HOSPITALITY",
            "Werkervaringsplek housekeeping",
            "2586 AA",
            "DEN_HAAG",
            "16",
            "24",
            "",
            "6",
            "n",
            "16",
            "n",
            "",
            "n",
            "y",
            "y",
            "2"
        },
        {
            "kwekerij",
            "JOB",
            "GREEN",
            "Medewerker kas (oogst en verpakken)",
            "2671 AA",
            "WESTLAND",
            "24",
            "40",
            "7",
            "",
            "n",
            "16",
            "n",
            "",
            "n",
            "y",
            "n",
            "8"
        },
        {
            "kwekerij",
            "BBL",
            "GREEN",
            "BBL teeltmedewerker glastuinbouw",
            "2671 AA",
            "WESTLAND",
            "32",
            "38",
            "60",
            "24",
            "n",
            "16",
            "n",
            "A2",
            "n",
            "y",
            "n",
            "3"
        },
        {
            "kwekerij",
            "JOB",
            "LOGISTICS",
            "Heftruckchauffeur (rijbewijs nodig)",
            "2678 AA",
            "WESTLAND",
            "32",
            "40",
            "21",
            "",
            "n",
            "18",
            "y",
            "A2",
            "n",
            "n",
            "n",
            "2"
        },
        {
            "kwekerij",
            "SUPPORTED_WORK",
            "GREEN",
            "Begeleid werken in de kas",
            "2691 AA",
            "WESTLAND",
            "12",
            "24",
            "",
            "12",
            "n",
            "16",
            "n",
            "",
            "n",
            "y",
            "y",
            "4"
        },
        {
            "logistiek",
            "JOB",
            "LOGISTICS",
            "Orderpicker (dagdienst)",
            "2718 AA",
            "ZOETERMEER",
            "24",
            "38",
            "10",
            "",
            "n",
            "18",
            "n",
            "A2",
            "n",
            "y",
            "n",
            "10"
        },
        {
            "logistiek",
            "WORK_EXPERIENCE",
            "LOGISTICS",
            "Werkervaringsplek retourverwerking",
            "2718 AA",
            "ZOETERMEER",
            "16",
            "24",
            "",
            "6",
            "n",
            "16",
            "n",
            "",
            "n",
            "y",
            "y",
            "3"
        },
        {
            "logistiek",
            "JOB",
            "ADMINISTRATION",
            "Administratief medewerker expeditie",
            "2718 AA",
            "ZOETERMEER",
            "24",
            "32",
            "45",
            "",
            "y",
            "18",
            "n",
            "B1",
            "y",
            "y",
            "n",
            "1"
        },
        {
            "logistiek",
            "INTERNSHIP",
            "ICT",
            "Stage ICT-beheer magazijnsystemen",
            "2718 AA",
            "ZOETERMEER",
            "32",
            "36",
            "80",
            "5",
            "y",
            "17",
            "n",
            "B1",
            "n",
            "y",
            "n",
            "1"
        },
        {
            "logistiek",
            "JOB",
            "LOGISTICS",
            "Bezorger bestelbus",
            "2281 AA",
            "RIJSWIJK",
            "20",
            "38",
            "14",
            "",
            "n",
            "18",
            "y",
            "A2",
            "y",
            "n",
            "n",
            "4"
        }
    };

    static int places(JdbcTemplate jdbc, long seed, Map<String, UUID> orgs, Map<String, UUID> named, LocalDate today) {
        Random random = new Random(seed ^ 0x5EEDB1ACEL);
        Map<String, UUID> employers = new HashMap<>(orgs);
        List<Object[]> orgRows = new ArrayList<>();
        for (String[] e : EMPLOYERS) {
            UUID id = uuid(random);
            employers.put(e[0], id);
            orgRows.add(new Object[] {id, e[1], "EMPLOYER", DemoRegion.REGION, e[2]});
        }
        jdbc.batchUpdate(
                "insert into organisation (id, name, kind, region, municipality) values (?, ?, ?, ?, ?)", orgRows);
        UUID employer = named.get("employer");
        UUID school = named.get("school");
        UUID coach = named.get("coach");
        Timestamp now = Timestamp.from(Instant.now());
        List<Object[]> rows = new ArrayList<>();
        for (String[] p : PLACES) {
            UUID creator = "mkb".equals(p[0]) ? employer : "mbo".equals(p[0]) ? school : coach;
            rows.add(new Object[] {
                uuid(random),
                employers.get(p[0]),
                DemoRegion.REGION,
                p[1],
                p[2],
                p[3],
                description(p[1], p[3]),
                p[4],
                p[5],
                Integer.parseInt(p[6]),
                Integer.parseInt(p[7]),
                p[8].isEmpty() ? null : Date.valueOf(today.plusDays(Integer.parseInt(p[8]))),
                p[9].isEmpty() ? null : Integer.parseInt(p[9]),
                "y".equals(p[10]),
                p[11].isEmpty() ? null : Integer.parseInt(p[11]),
                "y".equals(p[12]),
                p[13].isEmpty() ? null : p[13],
                "y".equals(p[14]),
                "y".equals(p[15]),
                "y".equals(p[16]),
                Integer.parseInt(p[17]),
                now,
                now,
                creator,
                creator
            });
        }
        jdbc.batchUpdate("""
                insert into place (id, organisation_id, region, kind, sector, title, description, postcode, municipality,
                                   hours_min, hours_max, start_date, duration_months, requires_start_qualification,
                                   minimum_age, requires_driving_licence, dutch_level, requires_conduct_certificate,
                                   offers_workplace_mentor, offers_job_coach, capacity, open, created_at, updated_at,
                                   created_by, updated_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, true, ?, ?, ?, ?)
                """, rows);
        jdbc.update("""
                update place p
                   set latitude = coalesce((select pa.latitude from postcode_area pa
                                             where pa.pc4 = left(p.postcode, 4) and pa.municipality = p.municipality),
                                           (select mc.latitude from municipality_centre mc where mc.municipality = p.municipality)),
                       longitude = coalesce((select pa.longitude from postcode_area pa
                                              where pa.pc4 = left(p.postcode, 4) and pa.municipality = p.municipality),
                                            (select mc.longitude from municipality_centre mc where mc.municipality = p.municipality))
                 where p.latitude is null
                """);
        return rows.size();
    }

    private static String description(String kind, String title) {
        return switch (kind) {
            case "BBL" -> title + ". Vier dagen werken en één dag naar school; je haalt een mbo-diploma.";
            case "TRAINING" -> title + ". Je start in een kleine groep met een vaste mentor.";
            case "INTERNSHIP" -> title + ". Een stage als onderdeel van je opleiding, met een vaste begeleider.";
            case "WORK_EXPERIENCE" -> title + ". Werkervaring opdoen in een rustig tempo, met begeleiding.";
            case "SUPPORTED_WORK" -> title + ". Werk met vaste begeleiding en aangepast tempo.";
            case "DAY_ACTIVITIES" -> title + ". Een vaste dagbesteding, in je eigen tempo.";
            default -> title + ". Een baan met een vaste begeleider in de eerste maanden.";
        };
    }

    private static UUID uuid(Random random) {
        return new UUID(
                (random.nextLong() & ~0xF000L) | 0x4000L,
                (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L);
    }
}
