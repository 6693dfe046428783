package nl.overstap.consent;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import nl.overstap.identity.OrganisationKind;
import nl.overstap.identity.Organisations;
import nl.overstap.shared.CurrentUser;
import nl.overstap.shared.DataCategory;
import nl.overstap.shared.DutchDates;
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

/** Administrators manage the covenants. */
@Controller
class CovenantController {

    private final Covenants covenants;
    private final Organisations organisations;
    private final Clock clock;

    CovenantController(Covenants covenants, Organisations organisations, Clock clock) {
        this.covenants = covenants;
        this.organisations = organisations;
        this.clock = clock;
    }

    @GetMapping("/admin/covenants")
    String list(CurrentUser admin, Model model) {
        model.addAttribute("covenants", covenants.all(admin));
        return "consent/covenants";
    }

    @GetMapping("/admin/covenants/new")
    String newCovenant(CurrentUser admin, Model model) {
        covenants.all(admin);
        model.addAttribute("covenantForm", new CovenantForm(null, null, null, null, List.of(), List.of()));
        return form(model);
    }

    @PostMapping("/admin/covenants")
    String create(
            CurrentUser admin,
            @ModelAttribute CovenantForm covenantForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (covenants.create(admin, covenantForm, errors) == null) {
            return form(model);
        }
        redirect.addFlashAttribute("message", "covenant.created");
        return "redirect:/admin/covenants";
    }

    @PostMapping("/admin/covenants/{id}/end")
    String end(
            CurrentUser admin,
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String lastDay,
            RedirectAttributes redirect) {
        covenants.end(
                admin,
                id,
                DutchDates.parse(lastDay).orElse(DutchTime.today(clock).minusDays(1)));
        redirect.addFlashAttribute("message", "covenant.ended");
        return "redirect:/admin/covenants";
    }

    private String form(Model model) {
        model.addAttribute("organisations", organisations.all());
        model.addAttribute("kinds", OrganisationKind.values());
        EnumSet<DataCategory> shareable = EnumSet.allOf(DataCategory.class);
        shareable.remove(DataCategory.BSN);
        model.addAttribute("categories", shareable);
        return "consent/covenant-form";
    }
}
