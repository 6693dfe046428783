package nl.overstap.match;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import nl.overstap.consent.ConsentMethod;
import nl.overstap.shared.CurrentUser;
import nl.overstap.shared.DutchTime;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The coach's pages: a youth's proposals, proposing for a place, and one proposal's steps (Post/Redirect/Get). */
@Controller
class MatchController {

    static final DateTimeFormatter DUTCH = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private final Matches matches;
    private final Clock clock;

    MatchController(Matches matches, Clock clock) {
        this.matches = matches;
        this.clock = clock;
    }

    @GetMapping("/youths/{youthId}/matches")
    String pipeline(CurrentUser user, @PathVariable UUID youthId, Model model) {
        Matches.Pipeline pipeline = matches.pipeline(user, youthId);
        model.addAttribute("pipeline", pipeline);
        model.addAttribute("grant", pipeline.grant());
        model.addAttribute("youthId", youthId);
        return "match/pipeline";
    }

    @GetMapping("/youths/{youthId}/matches/new")
    String proposalForm(
            CurrentUser user,
            @PathVariable UUID youthId,
            @RequestParam(required = false) @Nullable UUID placeId,
            Model model) {
        model.addAttribute("proposalForm", new ProposalForm(placeId, null, null));
        return proposalPage(user, youthId, placeId, model);
    }

    @PostMapping("/youths/{youthId}/matches")
    String propose(
            CurrentUser user,
            @PathVariable UUID youthId,
            @ModelAttribute ProposalForm proposalForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        UUID id = matches.propose(user, youthId, proposalForm, errors);
        if (id == null) {
            return proposalPage(user, youthId, proposalForm.placeId(), model);
        }
        redirect.addFlashAttribute("message", "match.proposed");
        return "redirect:/matches/" + id;
    }

    @GetMapping("/matches/{matchId}")
    String detail(CurrentUser user, @PathVariable UUID matchId, Model model) {
        return detailPage(user, matchId, model);
    }

    @PostMapping("/matches/{matchId}/steps")
    String step(
            CurrentUser user,
            @PathVariable UUID matchId,
            @ModelAttribute StepForm stepForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (!matches.step(user, matchId, stepForm, errors)) {
            return detailPage(user, matchId, model);
        }
        redirect.addFlashAttribute("message", "match.stepRecorded");
        return "redirect:/matches/" + matchId;
    }

    @PostMapping("/matches/{matchId}/close")
    String close(
            CurrentUser user,
            @PathVariable UUID matchId,
            @ModelAttribute CloseForm closeForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (!matches.close(user, matchId, closeForm, errors)) {
            return detailPage(user, matchId, model);
        }
        redirect.addFlashAttribute("message", "match.closed");
        return "redirect:/matches/" + matchId;
    }

    @PostMapping("/matches/{matchId}/consent")
    String consent(
            CurrentUser user,
            @PathVariable UUID matchId,
            @ModelAttribute MatchConsentForm matchConsentForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (!matches.consent(user, matchId, matchConsentForm, errors)) {
            return detailPage(user, matchId, model);
        }
        redirect.addFlashAttribute("message", "match.consentRecorded");
        return "redirect:/matches/" + matchId;
    }

    @PostMapping("/matches/{matchId}/start")
    String start(
            CurrentUser user,
            @PathVariable UUID matchId,
            @ModelAttribute StartForm startForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (!matches.start(user, matchId, startForm, errors)) {
            return detailPage(user, matchId, model);
        }
        redirect.addFlashAttribute("message", "match.started");
        return "redirect:/matches/" + matchId;
    }

    private String proposalPage(CurrentUser user, UUID youthId, @Nullable UUID placeId, Model model) {
        Matches.ProposalPage page = matches.proposalPage(user, youthId, placeId);
        model.addAttribute("page", page);
        model.addAttribute("grant", page.grant());
        model.addAttribute("youthId", youthId);
        return "match/propose";
    }

    private String detailPage(CurrentUser user, UUID matchId, Model model) {
        Matches.Detail detail = matches.detail(user, matchId);
        String today = DutchTime.today(clock).format(DUTCH);
        model.addAttribute("detail", detail);
        model.addAttribute("grant", detail.grant());
        model.addAttribute("youthId", detail.item().row().youthId());
        if (!model.containsAttribute("stepForm")) {
            model.addAttribute("stepForm", new StepForm(null, today, null));
        }
        if (!model.containsAttribute("closeForm")) {
            model.addAttribute("closeForm", new CloseForm(null, null));
        }
        if (!model.containsAttribute("matchConsentForm")) {
            model.addAttribute("matchConsentForm", new MatchConsentForm(null, today));
        }
        if (!model.containsAttribute("startForm")) {
            model.addAttribute("startForm", new StartForm(today, false));
        }
        model.addAttribute("steps", new MatchStatus[] {MatchStatus.INTRODUCTION, MatchStatus.TRIAL});
        model.addAttribute(
                "closeChoices",
                new String[] {"DECLINED_BY_YOUTH", "DECLINED_BY_EMPLOYER", "DECLINED_BY_COACH", "WITHDRAWN"});
        model.addAttribute("methods", ConsentMethod.values());
        return "match/detail";
    }
}
