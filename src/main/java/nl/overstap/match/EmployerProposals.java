package nl.overstap.match;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.overstap.audit.AccessEvent;
import nl.overstap.audit.AccessEventType;
import nl.overstap.audit.AccessLog;
import nl.overstap.consent.Grant;
import nl.overstap.shared.CurrentUser;
import nl.overstap.shared.DataCategory;
import nl.overstap.shared.DutchTime;
import nl.overstap.shared.NotFoundException;
import nl.overstap.shared.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * The employer's (or school's) side: proposals to the organisation's own places only, each shown as
 * an anonymous profile (age band, municipality, interests, talents, availability, education) until
 * the youth consents to share name and contact details with that organisation. Never health,
 * justice, debts, youth-care history or the BSN. Every view is logged with the categories it showed;
 * a youth never proposed to the organisation answers 404.
 */
@Service
public class EmployerProposals {

    static final int LIST_SIZE = 50;
    static final String ANONYMOUS_BASIS = "proposal";

    private final MatchRepository repository;
    private final Matches matches;
    private final EmployerConsent employerConsent;
    private final AccessLog accessLog;
    private final Clock clock;

    EmployerProposals(
            MatchRepository repository,
            Matches matches,
            EmployerConsent employerConsent,
            AccessLog accessLog,
            Clock clock) {
        this.repository = repository;
        this.matches = matches;
        this.employerConsent = employerConsent;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    /** Employers, and partner users of a school for the school's own (training) places. */
    public boolean mayUse(CurrentUser user) {
        return user.is(Role.EMPLOYER)
                || (user.is(Role.PARTNER) && "EDUCATION".equals(repository.organisationKind(user.organisationId())));
    }

    /** One line of the employer's list: never a name. */
    public record ListRow(UUID id, String placeTitle, MatchStatus status, AgeBand ageBand, String municipality) {}

    @Transactional
    public List<ListRow> list(CurrentUser user) {
        if (!mayUse(user)) {
            throw new NotFoundException();
        }
        LocalDate today = DutchTime.today(clock);
        List<MatchRepository.EmployerRow> rows = repository.toOrganisation(user.organisationId(), LIST_SIZE);
        if (!rows.isEmpty()) {
            accessLog.listed(
                    user,
                    rows.stream()
                            .map(MatchRepository.EmployerRow::youthId)
                            .distinct()
                            .toList(),
                    EnumSet.of(DataCategory.SITUATION),
                    ANONYMOUS_BASIS);
        }
        return rows.stream()
                .map(r -> new ListRow(
                        r.id(), r.placeTitle(), r.status(), AgeBand.of(r.dateOfBirth(), today), r.municipality()))
                .toList();
    }

    /** The anonymous profile, plus name and contact details when the youth consented. */
    public record Profile(
            UUID matchId,
            MatchRepository.Row match,
            AgeBand ageBand,
            String municipality,
            List<String> interests,
            @Nullable String talents,
            @Nullable Integer hoursAvailable,
            String educationStatus,
            String startQualification,
            MatchRepository.@Nullable Identity identity,
            boolean contactShown,
            List<MatchRepository.Step> steps) {

        public boolean mayRecord() {
            return match.status() == MatchStatus.PROPOSED || match.status() == MatchStatus.INTRODUCTION;
        }

        public boolean open() {
            return match.status().isOpen();
        }
    }

    @Transactional
    public Profile view(CurrentUser user, UUID matchId) {
        MatchRepository.Row row = requireOwn(user, matchId, AccessEventType.READ);
        MatchRepository.ProfileFacts facts = repository.profile(row.youthId());
        Optional<Grant> consent = employerConsent.of(user, row.youthId());
        Set<DataCategory> shown = EnumSet.of(DataCategory.SITUATION, DataCategory.SCAN_WORK_INCOME);
        MatchRepository.Identity identity = null;
        boolean contact = false;
        String basis = ANONYMOUS_BASIS + ":" + matchId;
        if (consent.isPresent()) {
            MatchRepository.Identity full = repository.identity(row.youthId());
            contact = consent.get().allows(DataCategory.CONTACT_DETAILS);
            identity = contact ? full : new MatchRepository.Identity(full.name(), null, null);
            Set<DataCategory> consented = contact ? EmployerConsent.SHARED : EnumSet.of(DataCategory.BASIC);
            shown.addAll(consented);
            basis = basis + ";" + consent.get().basisFor(consented);
        }
        accessLog.allowed(new AccessEvent(AccessEventType.READ, user, row.youthId(), "match", matchId, shown, basis));
        return new Profile(
                matchId,
                row,
                AgeBand.of(facts.dateOfBirth(), DutchTime.today(clock)),
                facts.municipality(),
                facts.interests(),
                facts.talents(),
                row.hoursAvailable(),
                facts.educationStatus(),
                facts.startQualification(),
                identity,
                contact,
                repository.steps(List.of(matchId)));
    }

    /** The employer records an introduction or a trial. */
    @Transactional
    public boolean step(CurrentUser user, UUID matchId, StepForm form, Errors errors) {
        requireOwn(user, matchId, AccessEventType.UPDATE);
        MatchProposal proposal = repository.find(matchId).orElseThrow(NotFoundException::new);
        boolean saved = matches.recordStep(user, proposal, MatchActor.EMPLOYER, form, errors);
        log(user, proposal, saved);
        return saved;
    }

    /** The employer says no, with a reason. */
    @Transactional
    public boolean decline(CurrentUser user, UUID matchId, CloseForm form, Errors errors) {
        requireOwn(user, matchId, AccessEventType.UPDATE);
        MatchProposal proposal = repository.find(matchId).orElseThrow(NotFoundException::new);
        boolean saved = matches.recordClose(user, proposal, MatchActor.EMPLOYER, form, errors);
        log(user, proposal, saved);
        return saved;
    }

    private void log(CurrentUser user, MatchProposal proposal, boolean saved) {
        if (saved) {
            accessLog.allowed(new AccessEvent(
                    AccessEventType.UPDATE,
                    user,
                    proposal.youthId(),
                    "match",
                    proposal.id(),
                    EnumSet.of(DataCategory.TRAJECTORY),
                    ANONYMOUS_BASIS + ":" + proposal.id()));
        }
    }

    private MatchRepository.Row requireOwn(CurrentUser user, UUID matchId, AccessEventType type) {
        Optional<MatchRepository.Row> row = repository.row(matchId);
        if (!mayUse(user) || row.isEmpty() || !row.get().organisationId().equals(user.organisationId())) {
            accessLog.denied(new AccessEvent(
                    type,
                    user,
                    row.map(MatchRepository.Row::youthId).orElse(null),
                    "match",
                    matchId,
                    EnumSet.of(DataCategory.SITUATION),
                    "none"));
            throw new NotFoundException();
        }
        return row.get();
    }
}
