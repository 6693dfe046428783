package nl.overstap.identity;

import java.util.UUID;
import nl.overstap.shared.CurrentUser;
import nl.overstap.shared.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Functional administration: accounts and organisations. */
@Controller
@RequestMapping("/admin")
class AdminController {

    private final Accounts accounts;
    private final Organisations organisations;
    private final AccountAdministration administration;
    private final OrganisationAdministration organisationAdministration;

    AdminController(
            Accounts accounts,
            Organisations organisations,
            AccountAdministration administration,
            OrganisationAdministration organisationAdministration) {
        this.accounts = accounts;
        this.organisations = organisations;
        this.administration = administration;
        this.organisationAdministration = organisationAdministration;
    }

    @GetMapping
    String overview(Model model) {
        model.addAttribute("accounts", accounts.all());
        model.addAttribute("organisations", organisations.all());
        return "identity/admin";
    }

    @GetMapping("/accounts/new")
    String newAccount(Model model) {
        model.addAttribute("accountForm", AccountForm.empty());
        return accountForm(model);
    }

    @PostMapping("/accounts")
    String createAccount(
            CurrentUser admin,
            @ModelAttribute AccountForm accountForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        UUID id = administration.create(admin, accountForm, errors);
        if (id == null) {
            return accountForm(model);
        }
        redirect.addFlashAttribute("message", "admin.account.created");
        return "redirect:/admin";
    }

    @PostMapping("/accounts/{id}/enabled")
    String setEnabled(
            CurrentUser admin, @PathVariable UUID id, @RequestParam boolean enabled, RedirectAttributes redirect) {
        administration.setEnabled(admin, id, enabled);
        redirect.addFlashAttribute("message", enabled ? "admin.account.enabled" : "admin.account.disabled");
        return "redirect:/admin";
    }

    @GetMapping("/organisations/new")
    String newOrganisation(Model model) {
        model.addAttribute("organisationForm", OrganisationForm.empty());
        return organisationForm(model);
    }

    @PostMapping("/organisations")
    String createOrganisation(
            CurrentUser admin,
            @ModelAttribute OrganisationForm organisationForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (organisationAdministration.create(admin, organisationForm, errors) == null) {
            return organisationForm(model);
        }
        redirect.addFlashAttribute("message", "admin.organisation.created");
        return "redirect:/admin";
    }

    private String accountForm(Model model) {
        model.addAttribute("roles", Role.values());
        model.addAttribute("organisations", organisations.all());
        return "identity/account-form";
    }

    private String organisationForm(Model model) {
        model.addAttribute("kinds", OrganisationKind.values());
        model.addAttribute("municipalities", nl.overstap.shared.Municipality.values());
        return "identity/organisation-form";
    }
}
