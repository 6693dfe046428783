package nl.overstap.network;

import java.util.UUID;
import nl.overstap.consent.Grant;
import nl.overstap.shared.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The network page of a youth and adding, editing and removing key persons (Post/Redirect/Get). */
@Controller
class NetworkController {

    private final KeyPersons keyPersons;

    NetworkController(KeyPersons keyPersons) {
        this.keyPersons = keyPersons;
    }

    @GetMapping("/youths/{youthId}/network")
    String list(CurrentUser user, @PathVariable UUID youthId, Model model) {
        KeyPersons.Page page = keyPersons.list(user, youthId);
        model.addAttribute("page", page);
        model.addAttribute("youthId", youthId);
        model.addAttribute("grant", page.grant());
        return "network/list";
    }

    @GetMapping("/youths/{youthId}/network/new")
    String newPerson(CurrentUser user, @PathVariable UUID youthId, Model model) {
        Grant grant = keyPersons.requireChanger(user, youthId);
        model.addAttribute("keyPersonForm", KeyPersonForm.empty());
        return form(model, "new", "/youths/" + youthId + "/network", youthId, grant);
    }

    @PostMapping("/youths/{youthId}/network")
    String add(
            CurrentUser user,
            @PathVariable UUID youthId,
            @ModelAttribute KeyPersonForm keyPersonForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        KeyPersons.Change change = keyPersons.add(user, youthId, keyPersonForm, errors);
        if (!change.saved()) {
            return form(model, "new", "/youths/" + youthId + "/network", youthId, change.grant());
        }
        redirect.addFlashAttribute("message", "network.added");
        return "redirect:/youths/" + youthId + "/network";
    }

    @GetMapping("/network/{personId}/edit")
    String editForm(CurrentUser user, @PathVariable UUID personId, Model model) {
        KeyPersons.Editable editable = keyPersons.requireForChange(user, personId);
        model.addAttribute("keyPersonForm", KeyPersonValidator.formOf(editable.person()));
        return form(model, "edit", "/network/" + personId, editable.person().youthId(), editable.grant());
    }

    @PostMapping("/network/{personId}")
    String edit(
            CurrentUser user,
            @PathVariable UUID personId,
            @ModelAttribute KeyPersonForm keyPersonForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        KeyPersons.Change change = keyPersons.edit(user, personId, keyPersonForm, errors);
        if (!change.saved()) {
            return form(model, "edit", "/network/" + personId, change.youthId(), change.grant());
        }
        redirect.addFlashAttribute("message", "network.edited");
        return "redirect:/youths/" + change.youthId() + "/network";
    }

    @GetMapping("/network/{personId}/delete")
    String confirmRemove(CurrentUser user, @PathVariable UUID personId, Model model) {
        KeyPersons.Editable editable = keyPersons.requireForChange(user, personId);
        model.addAttribute("person", editable.person());
        model.addAttribute("youthId", editable.person().youthId());
        model.addAttribute("grant", editable.grant());
        return "network/delete";
    }

    @PostMapping("/network/{personId}/delete")
    String remove(CurrentUser user, @PathVariable UUID personId, RedirectAttributes redirect) {
        UUID youthId = keyPersons.remove(user, personId);
        redirect.addFlashAttribute("message", "network.removed");
        return "redirect:/youths/" + youthId + "/network";
    }

    private String form(Model model, String mode, String action, UUID youthId, Grant grant) {
        model.addAttribute("mode", mode);
        model.addAttribute("action", action);
        model.addAttribute("youthId", youthId);
        model.addAttribute("grant", grant);
        model.addAttribute("relations", Relation.values());
        return "network/form";
    }
}
