package nl.overstap.placement;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.overstap.assessment.Sector;
import nl.overstap.identity.Organisation;
import nl.overstap.identity.OrganisationKind;
import nl.overstap.identity.Organisations;
import nl.overstap.shared.CurrentUser;
import nl.overstap.shared.DutchTime;
import nl.overstap.shared.Municipality;
import nl.overstap.shared.NotFoundException;
import nl.overstap.shared.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * Places offered by employers and schools, and who may manage them.
 *
 * <ul>
 *   <li>{@link Role#EMPLOYER}: the places of their own organisation, every kind.
 *   <li>{@link Role#PARTNER} of an {@link OrganisationKind#EDUCATION} organisation (a school): the
 *       places of their own organisation, training kinds only (training, BBL, internship).
 *   <li>{@link Role#COACH} and {@link Role#COORDINATOR}: every place of their region; they enter and
 *       change places on behalf of an employer or school of the region (the place records who).
 *   <li>Everyone else: nothing (404).
 * </ul>
 *
 * Places hold no personal data of youths, so reading them is not written to the access log; every
 * change records the account that made it ({@code created_by}, {@code updated_by}).
 */
@Service
public class Places {

    static final Set<PlaceKind> TRAINING_KINDS =
            Set.copyOf(EnumSet.of(PlaceKind.TRAINING, PlaceKind.BBL, PlaceKind.INTERNSHIP));

    private static final String SELECT = """
            select p.*, o.name as organisation_name, ca.display_name as created_by_name,
                   ca.organisation_id <> p.organisation_id as on_behalf, u.display_name as updated_by_name
              from place p
              join organisation o on o.id = p.organisation_id
              join account ca on ca.id = p.created_by
              left join account u on u.id = p.updated_by
            """;

    private final JdbcClient jdbc;
    private final Organisations organisations;
    private final Clock clock;

    Places(JdbcClient jdbc, Organisations organisations, Clock clock) {
        this.jdbc = jdbc;
        this.organisations = organisations;
        this.clock = clock;
    }

    /** How a user relates to places. */
    public enum Mode {
        /** Manages the places of their own organisation (employer, school). */
        OWN,
        /** Sees every place of the region and enters places on behalf of employers and schools. */
        REGION,
        /** No access to places. */
        NONE
    }

    /** Filters of the region's list; all optional. */
    public record Filter(
            @Nullable PlaceKind kind,
            @Nullable Sector sector,
            @Nullable Municipality municipality) {
        public static final Filter NONE = new Filter(null, null, null);
    }

    /** The outcome of a create or update: the id, or null when the form had errors. */
    public record Change(@Nullable UUID placeId) {
        public boolean saved() {
            return placeId != null;
        }
    }

    public Mode mode(CurrentUser user) {
        return switch (user.role()) {
            case EMPLOYER -> Mode.OWN;
            case PARTNER -> isSchool(user) ? Mode.OWN : Mode.NONE;
            case COACH, COORDINATOR -> Mode.REGION;
            default -> Mode.NONE;
        };
    }

    /** The kinds this user may offer for their own organisation (a school: training kinds). */
    public Set<PlaceKind> kindsFor(CurrentUser user) {
        return user.is(Role.PARTNER) ? TRAINING_KINDS : Set.copyOf(EnumSet.allOf(PlaceKind.class));
    }

    /** Employers and schools of the user's region, for a coach or coordinator who enters a place on their behalf. */
    public List<Organisation> onBehalfOrganisations(CurrentUser user) {
        return organisations.all().stream()
                .filter(o -> o.region().equals(user.region()))
                .filter(o -> o.kind() == OrganisationKind.EMPLOYER || o.kind() == OrganisationKind.EDUCATION)
                .toList();
    }

    /** The list page: the own organisation's places, or the region's open places (filtered). */
    @Transactional(readOnly = true)
    public List<Place> list(CurrentUser user, Filter filter) {
        return switch (requireMode(user)) {
            case OWN ->
                jdbc.sql(SELECT + " where p.organisation_id = :org order by p.open desc, p.updated_at desc, p.id")
                        .param("org", user.organisationId())
                        .query(Places::place)
                        .list();
            case REGION ->
                jdbc.sql(SELECT + """
                                 where p.region = :region and p.open
                                   and (cast(:kind as text) is null or p.kind = :kind)
                                   and (cast(:sector as text) is null or p.sector = :sector)
                                   and (cast(:municipality as text) is null or p.municipality = :municipality)
                                 order by p.start_date nulls first, p.title, p.id
                                 limit 200
                                """)
                        .param("region", user.region())
                        .param(
                                "kind",
                                filter.kind() == null ? null : filter.kind().name())
                        .param(
                                "sector",
                                filter.sector() == null ? null : filter.sector().name())
                        .param(
                                "municipality",
                                filter.municipality() == null
                                        ? null
                                        : filter.municipality().name())
                        .query(Places::place)
                        .list();
            case NONE -> throw new NotFoundException();
        };
    }

    /** A place the user may see; 404 for unknown ids and places outside the user's reach alike. */
    @Transactional(readOnly = true)
    public Place require(CurrentUser user, UUID id) {
        Mode mode = requireMode(user);
        Place place = find(id).orElseThrow(NotFoundException::new);
        boolean visible = switch (mode) {
            case OWN -> place.organisationId().equals(user.organisationId());
            case REGION -> place.region().equals(user.region());
            case NONE -> false;
        };
        if (!visible) {
            throw new NotFoundException();
        }
        return place;
    }

    /** May this user change this place (they may see it: own organisation, or on behalf in the region)? */
    public boolean mayChange(CurrentUser user, Place place) {
        return switch (mode(user)) {
            case OWN -> place.organisationId().equals(user.organisationId());
            case REGION -> true;
            case NONE -> false;
        };
    }

    @Transactional
    public Change create(CurrentUser user, PlaceForm form, Errors errors) {
        Mode mode = requireMode(user);
        Target target = target(user, mode, form);
        PlaceValidator.Values values = PlaceValidator.validate(
                form, errors, mode == Mode.REGION, target.choices(), target.kinds(), DutchTime.today(clock));
        if (values == null) {
            return new Change(null);
        }
        UUID organisation = mode == Mode.REGION ? values.organisationId() : user.organisationId();
        if (organisation == null) {
            throw new NotFoundException();
        }
        UUID id = UUID.randomUUID();
        Travel.Point point = locate(values.postcode(), values.municipality());
        Timestamp now = Timestamp.from(Instant.now(clock));
        jdbc.sql("""
                        insert into place (id, organisation_id, region, kind, sector, title, description, postcode,
                                           municipality, latitude, longitude, hours_min, hours_max, start_date,
                                           duration_months, requires_start_qualification, minimum_age,
                                           requires_driving_licence, dutch_level, requires_conduct_certificate,
                                           offers_workplace_mentor, offers_job_coach, capacity, open, created_at,
                                           created_by, updated_at, updated_by, version)
                        select :id, o.id, o.region, :kind, :sector, :title, :description, :postcode, :municipality,
                               :lat, :lon, :hoursMin, :hoursMax, :startDate, :duration, :sq, :minimumAge, :licence,
                               :dutch, :vog, :mentor, :jobCoach, :capacity, true, :now, :by, :now, :by, 0
                          from organisation o where o.id = :org
                        """)
                .param("id", id)
                .param("org", organisation)
                .params(columns(values, point))
                .param("now", now)
                .param("by", user.id())
                .update();
        return new Change(id);
    }

    @Transactional
    public Change update(CurrentUser user, UUID id, PlaceForm form, Errors errors) {
        Place place = requireChangeable(user, id);
        Set<PlaceKind> kinds = kindsForOrganisation(user, place.organisationId());
        PlaceValidator.Values values = PlaceValidator.validate(form, errors, false, Set.of(), kinds, null);
        Integer version = version(form.version());
        if (version == null) {
            errors.reject("placement.error.version");
        }
        if (values == null || version == null) {
            return new Change(null);
        }
        Travel.Point point = locate(values.postcode(), values.municipality());
        int updated = jdbc.sql("""
                        update place set kind = :kind, sector = :sector, title = :title, description = :description,
                               postcode = :postcode, municipality = :municipality, latitude = :lat, longitude = :lon,
                               hours_min = :hoursMin, hours_max = :hoursMax, start_date = :startDate,
                               duration_months = :duration, requires_start_qualification = :sq,
                               minimum_age = :minimumAge, requires_driving_licence = :licence, dutch_level = :dutch,
                               requires_conduct_certificate = :vog, offers_workplace_mentor = :mentor,
                               offers_job_coach = :jobCoach, capacity = :capacity, updated_at = :now,
                               updated_by = :by, version = version + 1
                         where id = :id and version = :version
                        """)
                .params(columns(values, point))
                .param("now", Timestamp.from(Instant.now(clock)))
                .param("by", user.id())
                .param("id", id)
                .param("version", version)
                .update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException("place changed concurrently");
        }
        return new Change(id);
    }

    /** Opens or closes a place for matching. */
    @Transactional
    public void setOpen(CurrentUser user, UUID id, boolean open) {
        requireChangeable(user, id);
        jdbc.sql("""
                        update place set open = :open, updated_at = :now, updated_by = :by, version = version + 1
                         where id = :id
                        """)
                .param("open", open)
                .param("now", Timestamp.from(Instant.now(clock)))
                .param("by", user.id())
                .param("id", id)
                .update();
    }

    /** A place the user may change; 404 otherwise. */
    @Transactional(readOnly = true)
    public Place requireChangeable(CurrentUser user, UUID id) {
        Place place = require(user, id);
        if (!mayChange(user, place)) {
            throw new NotFoundException();
        }
        return place;
    }

    /** The kinds allowed for a place of this organisation: a school offers training kinds only. */
    public Set<PlaceKind> kindsForOrganisation(CurrentUser user, UUID organisationId) {
        if (user.is(Role.PARTNER)) {
            return TRAINING_KINDS;
        }
        return organisations
                .find(organisationId)
                .filter(o -> o.kind() == OrganisationKind.EDUCATION)
                .map(o -> TRAINING_KINDS)
                .orElse(Set.copyOf(EnumSet.allOf(PlaceKind.class)));
    }

    /**
     * Coordinates for a place: the postcode area's point when the area lies in the given municipality,
     * otherwise the municipality's centre; null for a municipality outside the table ("other").
     */
    Travel.@Nullable Point locate(@Nullable String postcode, Municipality municipality) {
        String pc4 = postcode == null ? "" : postcode.substring(0, 4);
        return jdbc.sql("""
                        select coalesce(pa.latitude, mc.latitude) as lat, coalesce(pa.longitude, mc.longitude) as lon
                          from municipality_centre mc
                          left join postcode_area pa on pa.pc4 = :pc4 and pa.municipality = mc.municipality
                         where mc.municipality = :municipality
                        """)
                .param("pc4", pc4)
                .param("municipality", municipality.name())
                .query((rs, n) -> new Travel.Point(rs.getDouble("lat"), rs.getDouble("lon")))
                .optional()
                .orElse(null);
    }

    private record Target(Set<UUID> choices, Set<PlaceKind> kinds) {}

    /** For a new place: the organisations one may choose and the kinds allowed for the chosen one. */
    private Target target(CurrentUser user, Mode mode, PlaceForm form) {
        if (mode != Mode.REGION) {
            return new Target(Set.of(), kindsFor(user));
        }
        List<Organisation> choices = onBehalfOrganisations(user);
        Set<UUID> ids = choices.stream().map(Organisation::id).collect(Collectors.toSet());
        Optional<Organisation> chosen = choices.stream()
                .filter(o -> o.id().toString().equals(PlaceValidator.trimToNull(form.organisationId())))
                .findFirst();
        Set<PlaceKind> kinds = chosen.filter(o -> o.kind() == OrganisationKind.EDUCATION)
                .map(o -> TRAINING_KINDS)
                .orElse(Set.copyOf(EnumSet.allOf(PlaceKind.class)));
        return new Target(ids, kinds);
    }

    private Mode requireMode(CurrentUser user) {
        Mode mode = mode(user);
        if (mode == Mode.NONE) {
            throw new NotFoundException();
        }
        return mode;
    }

    private boolean isSchool(CurrentUser user) {
        return organisations
                .find(user.organisationId())
                .map(o -> o.kind() == OrganisationKind.EDUCATION)
                .orElse(false);
    }

    private Optional<Place> find(UUID id) {
        return jdbc.sql(SELECT + " where p.id = :id")
                .param("id", id)
                .query(Places::place)
                .optional();
    }

    private static java.util.Map<String, @Nullable Object> columns(
            PlaceValidator.Values v, Travel.@Nullable Point point) {
        java.util.Map<String, @Nullable Object> m = new java.util.HashMap<>();
        m.put("kind", v.kind().name());
        m.put("sector", v.sector().name());
        m.put("title", v.title());
        m.put("description", v.description());
        m.put("postcode", v.postcode());
        m.put("municipality", v.municipality().name());
        m.put("lat", point == null ? null : point.latitude());
        m.put("lon", point == null ? null : point.longitude());
        m.put("hoursMin", v.hoursMin());
        m.put("hoursMax", v.hoursMax());
        m.put("startDate", v.startDate());
        m.put("duration", v.durationMonths());
        m.put("sq", v.requiresStartQualification());
        m.put("minimumAge", v.minimumAge());
        m.put("licence", v.requiresDrivingLicence());
        m.put("dutch", v.dutchLevel() == null ? null : v.dutchLevel().name());
        m.put("vog", v.requiresConductCertificate());
        m.put("mentor", v.offersWorkplaceMentor());
        m.put("jobCoach", v.offersJobCoach());
        m.put("capacity", v.capacity());
        return m;
    }

    private static @Nullable Integer version(@Nullable String value) {
        if (value == null || !value.strip().matches("\\d{1,9}")) {
            return null;
        }
        return Integer.parseInt(value.strip());
    }

    static Place place(ResultSet rs, int row) throws SQLException {
        String dutch = rs.getString("dutch_level");
        Double lat = (Double) rs.getObject("latitude");
        Double lon = (Double) rs.getObject("longitude");
        java.sql.Date start = rs.getDate("start_date");
        return new Place(
                rs.getObject("id", UUID.class),
                rs.getObject("organisation_id", UUID.class),
                rs.getString("organisation_name"),
                rs.getString("region"),
                PlaceKind.valueOf(rs.getString("kind")),
                Sector.valueOf(rs.getString("sector")),
                rs.getString("title"),
                rs.getString("description"),
                rs.getString("postcode"),
                Municipality.valueOf(rs.getString("municipality")),
                lat,
                lon,
                rs.getInt("hours_min"),
                rs.getInt("hours_max"),
                start == null ? null : start.toLocalDate(),
                (Integer) rs.getObject("duration_months"),
                rs.getBoolean("requires_start_qualification"),
                (Integer) rs.getObject("minimum_age"),
                rs.getBoolean("requires_driving_licence"),
                dutch == null ? null : DutchLevel.valueOf(dutch),
                rs.getBoolean("requires_conduct_certificate"),
                rs.getBoolean("offers_workplace_mentor"),
                rs.getBoolean("offers_job_coach"),
                rs.getInt("capacity"),
                rs.getBoolean("open"),
                rs.getString("created_by_name"),
                rs.getBoolean("on_behalf"),
                rs.getString("updated_by_name"),
                rs.getTimestamp("updated_at").toInstant(),
                rs.getInt("version"));
    }

    static LocalDate today(Clock clock) {
        return DutchTime.today(clock);
    }
}
