package nl.overstap.youth;

import nl.overstap.shared.CurrentUser;
import nl.overstap.shared.Municipality;
import nl.overstap.shared.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Registering and finding youths. Search terms travel in POST bodies, never in URLs. */
@Controller
class YouthController {

    private final YouthRegistration registration;
    private final YouthSearch search;

    YouthController(YouthRegistration registration, YouthSearch search) {
        this.registration = registration;
        this.search = search;
    }

    @GetMapping("/youths/new")
    String newYouth(CurrentUser user, Model model) {
        if (!YouthRegistration.mayRegister(user)) {
            throw new NotFoundException();
        }
        model.addAttribute("youthForm", YouthForm.empty());
        return form(model);
    }

    @PostMapping("/youths")
    String register(
            CurrentUser user,
            @ModelAttribute YouthForm youthForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Registration result = registration.register(user, youthForm, errors);
        if (result instanceof Registration.Registered registered) {
            redirect.addFlashAttribute("message", "youth.registered");
            return "redirect:/youths/" + registered.youthId();
        }
        if (result instanceof Registration.PossibleDuplicates duplicates) {
            model.addAttribute("duplicates", duplicates.matches());
        }
        return form(model);
    }

    @GetMapping("/search")
    String searchPage(CurrentUser user) {
        if (!YouthScope.seesYouths(user)) {
            throw new NotFoundException();
        }
        return "youth/search";
    }

    @PostMapping("/search")
    String search(CurrentUser user, @RequestParam(defaultValue = "") String q, Model model) {
        if (q.isBlank()) {
            model.addAttribute("emptyTerm", true);
            return searchPage(user);
        }
        model.addAttribute("q", q);
        model.addAttribute("result", search.search(user, q));
        return "youth/search";
    }

    private String form(Model model) {
        model.addAttribute("municipalities", Municipality.values());
        model.addAttribute("educationStatuses", EducationStatus.values());
        model.addAttribute("startQualifications", StartQualification.values());
        return "youth/form";
    }
}
