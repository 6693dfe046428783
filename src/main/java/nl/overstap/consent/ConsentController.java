package nl.overstap.consent;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import nl.overstap.identity.Organisations;
import nl.overstap.shared.CurrentUser;
import nl.overstap.shared.DataCategory;
import nl.overstap.shared.DutchTime;
import nl.overstap.shared.NotFoundException;
import nl.overstap.shared.Statute;
import nl.overstap.youth.Youths;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The consent overview, recording and withdrawing consent, and the printable consent form. */
@Controller
class ConsentController {

    private final ConsentRecords consents;
    private final Youths youths;
    private final Organisations organisations;
    private final Clock clock;

    ConsentController(ConsentRecords consents, Youths youths, Organisations organisations, Clock clock) {
        this.consents = consents;
        this.youths = youths;
        this.organisations = organisations;
        this.clock = clock;
    }

    @GetMapping("/youths/{id}/consent")
    String overview(CurrentUser user, @PathVariable UUID id, Model model) {
        ConsentRecords.Overview overview = consents.overview(user, id);
        model.addAttribute("overview", overview);
        model.addAttribute("grant", overview.grant());
        model.addAttribute("youth", youths.requireVisible(user, id));
        model.addAttribute("today", DutchTime.today(clock));
        return "consent/overview";
    }

    @GetMapping("/youths/{id}/consent/new")
    String newConsent(CurrentUser user, @PathVariable UUID id, Model model) {
        ConsentRecords.Overview overview = consents.overview(user, id);
        if (!overview.mayChange()) {
            throw new NotFoundException();
        }
        String today = DutchTime.today(clock).format(DateTimeFormatter.ofPattern("dd-MM-yyyy"));
        model.addAttribute(
                "consentForm",
                new ConsentForm(null, List.of(), "CONSENT", "GRANTED", "VERBAL", today, null, null, null));
        return form(user, id, overview.grant(), model);
    }

    @PostMapping("/youths/{id}/consent")
    String record(
            CurrentUser user,
            @PathVariable UUID id,
            @ModelAttribute ConsentForm consentForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (!consents.record(user, id, consentForm, errors)) {
            return form(user, id, consents.overview(user, id).grant(), model);
        }
        redirect.addFlashAttribute("message", "consent.recorded");
        return "redirect:/youths/" + id + "/consent";
    }

    @PostMapping("/consent/{recordId}/withdraw")
    String withdraw(CurrentUser user, @PathVariable UUID recordId, RedirectAttributes redirect) {
        UUID youthId = consents.withdraw(user, recordId);
        redirect.addFlashAttribute("message", "consent.withdrawn");
        return "redirect:/youths/" + youthId + "/consent";
    }

    @GetMapping("/youths/{id}/consent/print")
    String print(CurrentUser user, @PathVariable UUID id, Model model) {
        ConsentRecords.Overview overview = consents.printable(user, id);
        model.addAttribute("overview", overview);
        model.addAttribute("youth", youths.requireVisible(user, id));
        model.addAttribute("today", DutchTime.today(clock));
        return "consent/print";
    }

    private String form(CurrentUser user, UUID youthId, Grant grant, Model model) {
        model.addAttribute("grant", grant);
        model.addAttribute("youth", youths.requireVisible(user, youthId));
        model.addAttribute(
                "organisations",
                organisations.all().stream()
                        .filter(o -> !o.id().equals(grant.youthOrganisationId()))
                        .toList());
        model.addAttribute("categories", EnumSet.allOf(DataCategory.class));
        model.addAttribute("bases", ConsentBasis.values());
        model.addAttribute("methods", ConsentMethod.values());
        model.addAttribute("statutes", Statute.values());
        model.addAttribute("decisions", List.of("GRANTED", "REFUSED"));
        return "consent/form";
    }
}
