package nl.overstap.demo;

import java.util.List;
import nl.overstap.identity.OrganisationKind;
import nl.overstap.shared.Municipality;
import nl.overstap.shared.Role;
import org.jspecify.annotations.Nullable;

/** The fixed part of the demo region: its organisations and its named demo accounts. */
final class DemoRegion {

    static final String REGION = "Haaglanden";
    static final String PASSWORD = "overstap-demo";

    /** A demo organisation; {@code coaching} ones get generated coaches. */
    record Org(
            String key,
            String name,
            OrganisationKind kind,
            @Nullable Municipality municipality) {}

    /** A named demo account. */
    record DemoAccount(String username, String displayName, Role role, String orgKey) {}

    static final List<Org> ORGANISATIONS = List.of(
            new Org("jch", "Jongerencoaching Haaglanden", OrganisationKind.COACHING, Municipality.DEN_HAAG),
            new Org("rld", "Rode Loper Delft", OrganisationKind.COACHING, Municipality.DELFT),
            new Org("regie", "Regieteam Jongeren Haaglanden", OrganisationKind.MUNICIPALITY, Municipality.DEN_HAAG),
            new Org("rmc", "RMC Regio Haaglanden", OrganisationKind.RMC, Municipality.DEN_HAAG),
            new Org("mbo", "Mbo College Hofstad", OrganisationKind.EDUCATION, Municipality.DEN_HAAG),
            new Org("uwv", "UWV Werkbedrijf Haaglanden", OrganisationKind.UWV, Municipality.DEN_HAAG),
            new Org("jeugd", "Jeugdhulp De Overstap", OrganisationKind.YOUTH_CARE, Municipality.ZOETERMEER),
            new Org("ggz", "GGZ Kust en Duin", OrganisationKind.MENTAL_HEALTH, Municipality.LEIDSCHENDAM_VOORBURG),
            new Org("schuld", "Schuldhulp Haaglanden", OrganisationKind.DEBT_HELP, Municipality.RIJSWIJK),
            new Org("wonen", "Woonstichting Hofwijck", OrganisationKind.HOUSING, Municipality.DEN_HAAG),
            new Org("wijk", "Wijkteam Westland", OrganisationKind.NEIGHBOURHOOD_TEAM, Municipality.WESTLAND),
            new Org("reclas", "Reclassering Zuid-Holland West", OrganisationKind.PROBATION, Municipality.DEN_HAAG),
            new Org("mkb", "Installatiebedrijf Van Rijn", OrganisationKind.EMPLOYER, Municipality.PIJNACKER_NOOTDORP),
            new Org("beheer", "Overstap functioneel beheer", OrganisationKind.MUNICIPALITY, Municipality.DEN_HAAG));

    static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount("coach", "Marieke Coach", Role.COACH, "jch"),
            new DemoAccount("coach2", "Karim Coach", Role.COACH, "jch"),
            new DemoAccount("coach3", "Ingrid Coach", Role.COACH, "rld"),
            new DemoAccount("coordinator", "Peter Regisseur", Role.COORDINATOR, "regie"),
            new DemoAccount("partner", "Anita Partner", Role.PARTNER, "rmc"),
            new DemoAccount("analyst", "Ruben Analist", Role.ANALYST, "regie"),
            new DemoAccount("employer", "Wim van Rijn", Role.EMPLOYER, "mkb"),
            new DemoAccount("admin", "Bea Beheer", Role.ADMIN, "beheer"),
            new DemoAccount("school", "Sanne de Wit", Role.PARTNER, "mbo"));

    /**
     * Research partners: analyst accounts with the research-access flag. Kept apart from
     * {@link #ACCOUNTS} and given ids from their name (not from the seeded random), so adding them
     * did not change the rest of the generated region.
     */
    static final List<DemoAccount> RESEARCH_ACCOUNTS =
            List.of(new DemoAccount("onderzoeker", "Noor Onderzoeker", Role.ANALYST, "regie"));

    private DemoRegion() {}
}
