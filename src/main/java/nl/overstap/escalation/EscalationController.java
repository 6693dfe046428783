package nl.overstap.escalation;

import java.util.UUID;
import nl.overstap.shared.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Escalating a stuck partner action (coach), the coordinator's list and decision, and the ladder on
 * the youth's file (Post/Redirect/Get).
 */
@Controller
class EscalationController {

    private final Escalations escalations;

    EscalationController(Escalations escalations) {
        this.escalations = escalations;
    }

    @GetMapping("/plan/actions/{actionId}/escalate")
    String escalateForm(CurrentUser user, @PathVariable UUID actionId, Model model) {
        Escalations.Escalatable escalatable = escalations.requireEscalatable(user, actionId);
        model.addAttribute("escalationForm", EscalationForm.empty());
        return escalateForm(model, escalatable);
    }

    @PostMapping("/plan/actions/{actionId}/escalate")
    String escalate(
            CurrentUser user,
            @PathVariable UUID actionId,
            @ModelAttribute EscalationForm escalationForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Escalations.Raised raised = escalations.escalate(user, actionId, escalationForm, errors);
        if (!raised.saved()) {
            return escalateForm(model, raised.escalatable());
        }
        redirect.addFlashAttribute("message", "escalation.raised");
        return "redirect:/youths/" + raised.escalatable().action().youthId() + "/escalations";
    }

    @GetMapping("/escalations")
    String list(CurrentUser user, Model model) {
        model.addAttribute("escalations", escalations.openInRegion(user));
        return "escalation/list";
    }

    @GetMapping("/escalations/{escalationId}")
    String decideForm(CurrentUser user, @PathVariable UUID escalationId, Model model) {
        Escalations.Decidable decidable = escalations.requireDecidable(user, escalationId);
        model.addAttribute("decisionForm", DecisionForm.empty());
        return decideForm(model, decidable);
    }

    @PostMapping("/escalations/{escalationId}")
    String decide(
            CurrentUser user,
            @PathVariable UUID escalationId,
            @ModelAttribute DecisionForm decisionForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Escalations.Decided decided = escalations.decide(user, escalationId, decisionForm, errors);
        if (!decided.saved()) {
            return decideForm(model, decided.decidable());
        }
        redirect.addFlashAttribute("message", "escalation.decided");
        return "redirect:/escalations";
    }

    @GetMapping("/youths/{youthId}/escalations")
    String ladder(CurrentUser user, @PathVariable UUID youthId, Model model) {
        Escalations.Ladder ladder = escalations.ladder(user, youthId);
        model.addAttribute("ladder", ladder);
        model.addAttribute("youthId", youthId);
        model.addAttribute("grant", ladder.grant());
        return "escalation/ladder";
    }

    private String escalateForm(Model model, Escalations.Escalatable escalatable) {
        model.addAttribute("item", escalatable.action());
        model.addAttribute("youthId", escalatable.action().youthId());
        model.addAttribute("grant", escalatable.grant());
        return "escalation/escalate";
    }

    private String decideForm(Model model, Escalations.Decidable decidable) {
        model.addAttribute("escalation", decidable.escalation());
        model.addAttribute("organisations", decidable.organisations());
        model.addAttribute("decisionKinds", DecisionKind.values());
        model.addAttribute("grant", decidable.grant());
        return "escalation/decide";
    }
}
