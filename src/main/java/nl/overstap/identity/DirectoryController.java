package nl.overstap.identity;

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

/** The searchable partner directory, and its maintenance by administrators. */
@Controller
class DirectoryController {

    private final PartnerDirectory directory;
    private final Accounts accounts;

    DirectoryController(PartnerDirectory directory, Accounts accounts) {
        this.directory = directory;
        this.accounts = accounts;
    }

    @GetMapping("/directory")
    String search(
            CurrentUser user,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String kind,
            Model model) {
        OrganisationKind parsed = null;
        if (kind != null && !kind.isBlank()) {
            try {
                parsed = OrganisationKind.valueOf(kind);
            } catch (IllegalArgumentException e) {
                parsed = null;
            }
        }
        model.addAttribute("entries", directory.search(user, q, parsed));
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("kind", parsed);
        model.addAttribute("kinds", OrganisationKind.values());
        return "identity/directory";
    }

    @GetMapping("/admin/organisations/{id}/edit")
    String edit(@PathVariable UUID id, Model model) {
        DirectoryEntry entry = directory.find(id).orElseThrow(NotFoundException::new);
        model.addAttribute(
                "directoryForm", new DirectoryForm(entry.legalTasks(), entry.commitments(), entry.contactPersonId()));
        return form(entry, model);
    }

    @PostMapping("/admin/organisations/{id}")
    String update(
            CurrentUser admin,
            @PathVariable UUID id,
            @ModelAttribute DirectoryForm directoryForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (!directory.update(admin, id, directoryForm, errors)) {
            return form(directory.find(id).orElseThrow(NotFoundException::new), model);
        }
        redirect.addFlashAttribute("message", "directory.updated");
        return "redirect:/admin";
    }

    private String form(DirectoryEntry entry, Model model) {
        model.addAttribute("entry", entry);
        model.addAttribute("statutes", nl.overstap.shared.Statute.values());
        model.addAttribute(
                "people",
                accounts.all().stream()
                        .filter(a -> a.organisationId().equals(entry.id()) && a.enabled())
                        .toList());
        return "identity/directory-form";
    }
}
