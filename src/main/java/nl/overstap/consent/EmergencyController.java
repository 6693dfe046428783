package nl.overstap.consent;

import java.util.UUID;
import nl.overstap.shared.CurrentUser;
import nl.overstap.shared.NotFoundException;
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

/** Break-the-glass: asking for access, and the coordinator's review list. */
@Controller
class EmergencyController {

    private final EmergencyAccess emergency;

    EmergencyController(EmergencyAccess emergency) {
        this.emergency = emergency;
    }

    @GetMapping("/emergency")
    String form(CurrentUser user, Model model) {
        if (!EmergencyAccess.mayOpen(user)) {
            throw new NotFoundException();
        }
        model.addAttribute("emergencyForm", new EmergencyForm(null, null, null, null));
        return "consent/emergency";
    }

    @PostMapping("/emergency")
    String open(
            CurrentUser user,
            @ModelAttribute EmergencyForm emergencyForm,
            BindingResult errors,
            RedirectAttributes redirect) {
        UUID youthId = emergency.open(user, emergencyForm, errors);
        if (youthId == null) {
            return "consent/emergency";
        }
        return "redirect:/youths/" + youthId;
    }

    @GetMapping("/emergency/review")
    String review(CurrentUser user, Model model) {
        model.addAttribute("openings", emergency.forReview(user));
        return "consent/emergency-review";
    }

    @PostMapping("/emergency/{id}/review")
    String markReviewed(
            CurrentUser user,
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String note,
            RedirectAttributes redirect) {
        emergency.markReviewed(user, id, note);
        redirect.addFlashAttribute("message", "emergency.reviewed");
        return "redirect:/emergency/review";
    }
}
