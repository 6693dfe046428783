package nl.overstap.contact;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import nl.overstap.shared.CurrentUser;
import nl.overstap.trajectory.TrajectoryRef;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Log, edit and correct contacts (Post/Redirect/Get back to the youth file). */
@Controller
class ContactController {

    private final Contacts contacts;
    private final Clock clock;

    ContactController(Contacts contacts, Clock clock) {
        this.contacts = contacts;
        this.clock = clock;
    }

    @GetMapping("/trajectories/{trajectoryId}/contacts/new")
    String newContact(CurrentUser user, @PathVariable UUID trajectoryId, Model model) {
        TrajectoryRef trajectory = contacts.requireLoggable(user, trajectoryId);
        ContactForm now = ContactValidator.formOf(new ContactValidator.Values(
                Instant.now(clock), Channel.FACE_TO_FACE, Counterpart.YOUTH, null, null, null));
        model.addAttribute("contactForm", new ContactForm(now.date(), now.time(), null, "YOUTH", null, null, null));
        return form(model, "new", "/trajectories/" + trajectoryId + "/contacts", trajectory.youthId());
    }

    @PostMapping("/trajectories/{trajectoryId}/contacts")
    String log(
            CurrentUser user,
            @PathVariable UUID trajectoryId,
            @ModelAttribute ContactForm contactForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (contacts.log(user, trajectoryId, contactForm, errors) == null) {
            TrajectoryRef trajectory = contacts.requireLoggable(user, trajectoryId);
            return form(model, "new", "/trajectories/" + trajectoryId + "/contacts", trajectory.youthId());
        }
        redirect.addFlashAttribute("message", "contact.logged");
        return "redirect:/youths/"
                + contacts.requireLoggable(user, trajectoryId).youthId();
    }

    @GetMapping("/contacts/{id}/edit")
    String editForm(CurrentUser user, @PathVariable UUID id, Model model) {
        Contacts.Stored stored = contacts.requireForChange(user, id, true);
        model.addAttribute("contactForm", ContactValidator.formOf(stored.values()));
        return form(model, "edit", "/contacts/" + id, youthOf(user, stored));
    }

    @PostMapping("/contacts/{id}")
    String edit(
            CurrentUser user,
            @PathVariable UUID id,
            @ModelAttribute ContactForm contactForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        UUID youthId = contacts.edit(user, id, contactForm, errors);
        if (youthId == null) {
            return form(model, "edit", "/contacts/" + id, youthOf(user, contacts.requireForChange(user, id, true)));
        }
        redirect.addFlashAttribute("message", "contact.edited");
        return "redirect:/youths/" + youthId;
    }

    @GetMapping("/contacts/{id}/correction")
    String correctionForm(CurrentUser user, @PathVariable UUID id, Model model) {
        Contacts.Stored stored = contacts.requireForChange(user, id, false);
        model.addAttribute("contactForm", ContactValidator.formOf(stored.values()));
        return form(model, "correct", "/contacts/" + id + "/correction", youthOf(user, stored));
    }

    @PostMapping("/contacts/{id}/correction")
    String correct(
            CurrentUser user,
            @PathVariable UUID id,
            @ModelAttribute ContactForm contactForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        UUID youthId = contacts.correct(user, id, contactForm, errors);
        if (youthId == null) {
            return form(
                    model,
                    "correct",
                    "/contacts/" + id + "/correction",
                    youthOf(user, contacts.requireForChange(user, id, false)));
        }
        redirect.addFlashAttribute("message", "contact.corrected");
        return "redirect:/youths/" + youthId;
    }

    private UUID youthOf(CurrentUser user, Contacts.Stored stored) {
        return contacts.requireLoggable(user, stored.trajectoryId()).youthId();
    }

    private String form(Model model, String mode, String action, UUID youthId) {
        model.addAttribute("mode", mode);
        model.addAttribute("action", action);
        model.addAttribute("youthId", youthId);
        model.addAttribute("channels", Channel.values());
        model.addAttribute("counterparts", Counterpart.values());
        return "contact/form";
    }
}
