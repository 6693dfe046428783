package nl.overstap.signal;

import java.util.UUID;
import nl.overstap.shared.CurrentUser;
import nl.overstap.shared.Municipality;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The coordinator's routing rules: list, add, remove. */
@Controller
class RoutingRuleController {

    private final RoutingRules rules;
    private final Signals signals;

    RoutingRuleController(RoutingRules rules, Signals signals) {
        this.rules = rules;
        this.signals = signals;
    }

    @GetMapping("/signals/rules")
    String list(CurrentUser user, Model model) {
        model.addAttribute("routingRuleForm", RoutingRuleForm.empty());
        return page(user, model);
    }

    @PostMapping("/signals/rules")
    String add(
            CurrentUser user,
            @ModelAttribute RoutingRuleForm routingRuleForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (!rules.add(user, routingRuleForm, errors)) {
            return page(user, model);
        }
        redirect.addFlashAttribute("message", "signal.rule.added");
        return "redirect:/signals/rules";
    }

    @PostMapping("/signals/rules/{id}/delete")
    String remove(CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        rules.remove(user, id);
        redirect.addFlashAttribute("message", "signal.rule.removed");
        return "redirect:/signals/rules";
    }

    private String page(CurrentUser user, Model model) {
        model.addAttribute("rules", rules.list(user));
        model.addAttribute("municipalities", Municipality.values());
        model.addAttribute("sources", SignalSource.values());
        model.addAttribute("programmes", signals.programmes());
        model.addAttribute("owners", signals.coachingOrganisations(user.region()));
        return "signal/rules";
    }
}
