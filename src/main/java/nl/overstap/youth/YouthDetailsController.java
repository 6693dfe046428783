package nl.overstap.youth;

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

/** A youth's details with their correction history, and the correction form (Post/Redirect/Get). */
@Controller
class YouthDetailsController {

    private final YouthCorrection correction;

    YouthDetailsController(YouthCorrection correction) {
        this.correction = correction;
    }

    @GetMapping("/youths/{youthId}/details")
    String details(CurrentUser user, @PathVariable UUID youthId, Model model) {
        YouthDetailsView details = correction.details(user, youthId);
        model.addAttribute("details", details);
        model.addAttribute("youthId", youthId);
        model.addAttribute("grant", details.header().access());
        return "youth/details";
    }

    @GetMapping("/youths/{youthId}/details/edit")
    String editForm(CurrentUser user, @PathVariable UUID youthId, Model model) {
        YouthCorrection.Editing editing = correction.requireCorrectable(user, youthId);
        model.addAttribute("youthDetailsForm", editing.form());
        return form(model, editing.header());
    }

    @PostMapping("/youths/{youthId}/details")
    String correct(
            CurrentUser user,
            @PathVariable UUID youthId,
            @ModelAttribute YouthDetailsForm youthDetailsForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        YouthCorrection.Outcome outcome = correction.correct(user, youthId, youthDetailsForm, errors);
        if (outcome instanceof YouthCorrection.Outcome.Invalid invalid) {
            return form(model, invalid.header());
        }
        redirect.addFlashAttribute("message", "details.corrected");
        return "redirect:/youths/" + youthId + "/details";
    }

    private String form(Model model, YouthDetailsView.Header header) {
        model.addAttribute("header", header);
        model.addAttribute("youthId", header.youthId());
        model.addAttribute("grant", header.access());
        model.addAttribute("municipalities", Municipality.values());
        model.addAttribute("educationStatuses", EducationStatus.values());
        model.addAttribute("startQualifications", StartQualification.values());
        return "youth/details-edit";
    }
}
