package nl.overstap.match;

import java.time.Clock;
import java.util.UUID;
import nl.overstap.shared.CurrentUser;
import nl.overstap.shared.DutchTime;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The employer's (or school's) pages: the proposals to its places and one anonymous profile. */
@Controller
class ProposalController {

    private final EmployerProposals proposals;
    private final Clock clock;

    ProposalController(EmployerProposals proposals, Clock clock) {
        this.proposals = proposals;
        this.clock = clock;
    }

    @GetMapping("/proposals")
    String list(CurrentUser user, Model model) {
        model.addAttribute("rows", proposals.list(user));
        return "match/proposals";
    }

    @GetMapping("/proposals/{matchId}")
    String view(CurrentUser user, @PathVariable UUID matchId, Model model) {
        return page(user, matchId, model);
    }

    @PostMapping("/proposals/{matchId}/steps")
    String step(
            CurrentUser user,
            @PathVariable UUID matchId,
            @ModelAttribute StepForm stepForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (!proposals.step(user, matchId, stepForm, errors)) {
            return page(user, matchId, model);
        }
        redirect.addFlashAttribute("message", "match.stepRecorded");
        return "redirect:/proposals/" + matchId;
    }

    @PostMapping("/proposals/{matchId}/decline")
    String decline(
            CurrentUser user,
            @PathVariable UUID matchId,
            @ModelAttribute CloseForm closeForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (!proposals.decline(user, matchId, closeForm, errors)) {
            return page(user, matchId, model);
        }
        redirect.addFlashAttribute("message", "match.closed");
        return "redirect:/proposals/" + matchId;
    }

    private String page(CurrentUser user, UUID matchId, Model model) {
        model.addAttribute("profile", proposals.view(user, matchId));
        String today = DutchTime.today(clock).format(MatchController.DUTCH);
        if (!model.containsAttribute("stepForm")) {
            model.addAttribute("stepForm", new StepForm(null, today, null));
        }
        if (!model.containsAttribute("closeForm")) {
            model.addAttribute("closeForm", new CloseForm("DECLINED_BY_EMPLOYER", null));
        }
        model.addAttribute("steps", new MatchStatus[] {MatchStatus.INTRODUCTION, MatchStatus.TRIAL});
        return "match/proposal";
    }
}
