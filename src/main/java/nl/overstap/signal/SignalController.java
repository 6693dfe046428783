package nl.overstap.signal;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import nl.overstap.shared.CurrentUser;
import nl.overstap.shared.DutchTime;
import nl.overstap.shared.Municipality;
import nl.overstap.shared.NotFoundException;
import nl.overstap.youth.EducationStatus;
import nl.overstap.youth.StartQualification;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Reporting a signal, the reporter's receipts, the triage queue and the signal page (Post/Redirect/Get). */
@Controller
class SignalController {

    private static final DateTimeFormatter DUTCH = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private final Signals signals;
    private final Clock clock;

    SignalController(Signals signals, Clock clock) {
        this.signals = signals;
        this.clock = clock;
    }

    @GetMapping("/signals/new")
    String newSignal(CurrentUser user, Model model) {
        if (!Signals.mayReport(user)) {
            throw new NotFoundException();
        }
        model.addAttribute("signalForm", SignalForm.withDefaults(signals.defaultSource(user)));
        return reportForm(model);
    }

    @PostMapping("/signals")
    String report(
            CurrentUser user,
            @ModelAttribute SignalForm signalForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (signals.report(user, signalForm, errors).isEmpty()) {
            return reportForm(model);
        }
        redirect.addFlashAttribute("message", "signal.received");
        return "redirect:/signals/mine";
    }

    @GetMapping("/signals/mine")
    String mine(CurrentUser user, Model model) {
        model.addAttribute("receipts", signals.receipts(user));
        return "signal/mine";
    }

    @GetMapping("/signals")
    String queue(CurrentUser user, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("result", signals.queue(user, page));
        model.addAttribute("today", DutchTime.today(clock));
        return "signal/queue";
    }

    @GetMapping("/signals/{id}")
    String show(CurrentUser user, @PathVariable UUID id, Model model) {
        return page(user, id, model);
    }

    @PostMapping("/signals/{id}/outreach")
    String outreach(
            CurrentUser user,
            @PathVariable UUID id,
            @ModelAttribute OutreachForm outreachForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (!signals.logOutreach(user, id, outreachForm, errors)) {
            return page(user, id, model);
        }
        redirect.addFlashAttribute("message", "signal.outreach.saved");
        return "redirect:/signals/" + id;
    }

    @PostMapping("/signals/{id}/outcome")
    String outcome(
            CurrentUser user,
            @PathVariable UUID id,
            @ModelAttribute OutcomeForm outcomeForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (!signals.close(user, id, outcomeForm, errors)) {
            return page(user, id, model);
        }
        redirect.addFlashAttribute("message", "signal.closed");
        return "redirect:/signals/" + id;
    }

    @PostMapping("/signals/{id}/contact")
    String contact(
            CurrentUser user,
            @PathVariable UUID id,
            @ModelAttribute ContactMadeForm contactMadeForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Signals.ContactResult result = signals.contactMade(user, id, contactMadeForm, errors);
        if (result instanceof Signals.ContactResult.Done done) {
            redirect.addFlashAttribute("message", "signal.contactMade");
            return "redirect:/youths/" + done.youthId();
        }
        if (result instanceof Signals.ContactResult.PossibleDuplicates duplicates) {
            model.addAttribute("duplicates", duplicates.matches());
        }
        model.addAttribute("contactOpen", true);
        return page(user, id, model);
    }

    @PostMapping("/signals/{id}/link/search")
    String linkSearch(
            CurrentUser user,
            @PathVariable UUID id,
            @ModelAttribute LinkForm linkForm,
            BindingResult errors,
            Model model) {
        model.addAttribute("found", signals.findYouths(user, id, linkForm.linkTerm()));
        model.addAttribute("searched", true);
        return page(user, id, model);
    }

    @PostMapping("/signals/{id}/link")
    String link(
            CurrentUser user,
            @PathVariable UUID id,
            @ModelAttribute LinkForm linkForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (!signals.link(user, id, linkForm, errors)) {
            return page(user, id, model);
        }
        redirect.addFlashAttribute("message", "signal.linked");
        return "redirect:/signals/" + id;
    }

    @PostMapping("/signals/{id}/owner")
    String assign(
            CurrentUser user,
            @PathVariable UUID id,
            @ModelAttribute AssignForm assignForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (!signals.assign(user, id, assignForm, errors)) {
            return page(user, id, model);
        }
        redirect.addFlashAttribute("message", "signal.assigned");
        return "redirect:/signals/" + id;
    }

    private String reportForm(Model model) {
        model.addAttribute("sources", SignalSource.values());
        model.addAttribute("urgencies", Urgency.values());
        model.addAttribute("municipalities", Municipality.values());
        return "signal/new";
    }

    private String page(CurrentUser user, UUID id, Model model) {
        SignalViews.Page signal = signals.show(user, id);
        model.addAttribute("signal", signal);
        model.addAttribute("today", DutchTime.today(clock));
        if (!model.containsAttribute("outreachForm")) {
            model.addAttribute(
                    "outreachForm",
                    new OutreachForm(null, DutchTime.today(clock).format(DUTCH), null, null, null));
        }
        if (!model.containsAttribute("outcomeForm")) {
            model.addAttribute("outcomeForm", OutcomeForm.empty());
        }
        if (!model.containsAttribute("linkForm")) {
            model.addAttribute("linkForm", LinkForm.empty());
        }
        if (!model.containsAttribute("assignForm")) {
            model.addAttribute("assignForm", AssignForm.empty());
        }
        if (!model.containsAttribute("contactMadeForm")) {
            model.addAttribute("contactMadeForm", prefilled(user, signal));
        }
        model.addAttribute("outreachKinds", OutreachKind.values());
        model.addAttribute("closingOutcomes", new SignalStatus[] {
            SignalStatus.REFERRED, SignalStatus.NOT_REACHABLE, SignalStatus.DECLINED, SignalStatus.OUTSIDE_TARGET_GROUP
        });
        model.addAttribute("reachedOptions", new String[] {"true", "false"});
        model.addAttribute("mayRegister", nl.overstap.youth.YouthRegistration.mayRegister(user));
        model.addAttribute("mayAssign", user.is(nl.overstap.shared.Role.COORDINATOR));
        if (signal.open()) {
            model.addAttribute("owners", signals.coachingOrganisations(user.region()));
            model.addAttribute("referralOrganisations", signals.organisationsOfRegion(user.region()));
            model.addAttribute("programmes", signals.programmes());
            model.addAttribute("coaches", signals.coachesOf(user));
            model.addAttribute("municipalities", Municipality.values());
            model.addAttribute("educationStatuses", EducationStatus.values());
            model.addAttribute("startQualifications", StartQualification.values());
        }
        return "signal/show";
    }

    /** The contact-made form, prefilled from what the signal knows (the BSN is never prefilled). */
    private ContactMadeForm prefilled(CurrentUser user, SignalViews.Page signal) {
        return new ContactMadeForm(
                signal.givenNames(),
                signal.familyName(),
                null,
                signal.dateOfBirth() == null ? null : signal.dateOfBirth().format(DUTCH),
                signal.municipality(),
                signal.postcode(),
                signal.phone(),
                signal.email(),
                null,
                signal.source() == SignalSource.RMC_DUO
                        ? EducationStatus.EARLY_SCHOOL_LEAVER.name()
                        : EducationStatus.UNKNOWN.name(),
                StartQualification.UNKNOWN.name(),
                null,
                null,
                user.id(),
                DutchTime.today(clock).format(DUTCH),
                signal.version());
    }
}
