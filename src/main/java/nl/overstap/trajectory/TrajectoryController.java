package nl.overstap.trajectory;

import java.time.format.DateTimeFormatter;
import java.util.UUID;
import nl.overstap.identity.Accounts;
import nl.overstap.shared.CurrentUser;
import nl.overstap.shared.NotFoundException;
import nl.overstap.youth.Youths;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Caseload, starting a trajectory, phase changes and reassigning the coach. */
@Controller
class TrajectoryController {

    private final Caseload caseload;
    private final Trajectories trajectories;
    private final Youths youths;
    private final Accounts accounts;
    private final java.time.Clock clock;

    TrajectoryController(
            Caseload caseload, Trajectories trajectories, Youths youths, Accounts accounts, java.time.Clock clock) {
        this.caseload = caseload;
        this.trajectories = trajectories;
        this.youths = youths;
        this.accounts = accounts;
        this.clock = clock;
    }

    @GetMapping("/caseload")
    String caseload(
            CurrentUser user,
            @RequestParam(required = false) @Nullable String scope,
            @RequestParam(required = false) @Nullable String phase,
            @RequestParam(required = false) @Nullable String sort,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "false") boolean stuck,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            Model model) {
        CaseloadQuery query = CaseloadQuery.of(scope, phase, sort, page, Caseload.defaultScope(user), stuck);
        model.addAttribute("caseload", caseload.show(user, query));
        model.addAttribute("scopes", Caseload.scopesFor(user));
        model.addAttribute("phases", Phase.OPEN);
        model.addAttribute("sorts", CaseloadQuery.Sort.values());
        return htmx != null ? "trajectory/caseload :: results" : "trajectory/caseload";
    }

    @GetMapping("/youths/{youthId}/trajectories/new")
    String newTrajectory(CurrentUser user, @PathVariable UUID youthId, Model model) {
        if (!Trajectories.mayStart(user)) {
            throw new NotFoundException();
        }
        String today = nl.overstap.shared.DutchTime.today(clock).format(DateTimeFormatter.ofPattern("dd-MM-yyyy"));
        model.addAttribute("startTrajectoryForm", new StartTrajectoryForm(null, user.id(), today));
        return startForm(user, youthId, model);
    }

    @PostMapping("/youths/{youthId}/trajectories")
    String start(
            CurrentUser user,
            @PathVariable UUID youthId,
            @ModelAttribute StartTrajectoryForm startTrajectoryForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        UUID id = trajectories.start(user, youthId, startTrajectoryForm, errors);
        if (id == null) {
            return startForm(user, youthId, model);
        }
        redirect.addFlashAttribute("message", "trajectory.started");
        return "redirect:/youths/" + youthId;
    }

    @GetMapping("/trajectories/{id}/phase")
    String phaseForm(
            CurrentUser user,
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String to,
            @RequestParam(required = false) @Nullable String outcome,
            Model model) {
        // 'outcome' only pre-selects a choice (e.g. from the place a youth held); it is validated on POST.
        model.addAttribute(
                "phaseChangeForm",
                new PhaseChangeForm(to, null, outcome, null, null, Satisfaction.Recommend.NOT_ASKED.name()));
        return phasePage(user, id, model);
    }

    @PostMapping("/trajectories/{id}/phase")
    String changePhase(
            CurrentUser user,
            @PathVariable UUID id,
            @ModelAttribute PhaseChangeForm phaseChangeForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (!trajectories.changePhase(user, id, phaseChangeForm, errors)) {
            return phasePage(user, id, model);
        }
        Trajectories.PhaseChangeView view = trajectories.phaseChangeView(user, id);
        redirect.addFlashAttribute("message", "phase.changed." + view.phase().name());
        return "redirect:/youths/" + view.youthId();
    }

    @PostMapping("/trajectories/{id}/coach")
    String reassign(
            CurrentUser user,
            @PathVariable UUID id,
            @RequestParam UUID coachId,
            @RequestParam UUID youthId,
            RedirectAttributes redirect) {
        trajectories.reassign(user, id, coachId);
        redirect.addFlashAttribute("message", "trajectory.reassigned");
        return "redirect:/youths/" + youthId;
    }

    private String phasePage(CurrentUser user, UUID id, Model model) {
        Trajectories.PhaseChangeView view = trajectories.phaseChangeView(user, id);
        model.addAttribute("view", view);
        model.addAttribute("phases", Phase.values());
        model.addAttribute("outcomes", Outcome.values());
        model.addAttribute("endReasons", EndReason.values());
        model.addAttribute("recommendAnswers", Satisfaction.Recommend.values());
        return "trajectory/phase-form";
    }

    private String startForm(CurrentUser user, UUID youthId, Model model) {
        model.addAttribute("youth", youths.showHeader(user, youthId));
        model.addAttribute("programmes", trajectories.programmes());
        model.addAttribute("coaches", accounts.coachesOf(user.organisationId()));
        return "trajectory/start-form";
    }
}
