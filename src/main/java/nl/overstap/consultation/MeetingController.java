package nl.overstap.consultation;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.overstap.shared.CurrentUser;
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

/** The multidisciplinary meeting pages (Post/Redirect/Get); who may do what is in {@link MeetingPolicy}. */
@Controller
class MeetingController {

    private final Meetings meetings;

    MeetingController(Meetings meetings) {
        this.meetings = meetings;
    }

    @GetMapping("/meetings")
    String list(CurrentUser user, Model model) {
        model.addAttribute("meetings", meetings.list(user));
        model.addAttribute("mayCreate", MeetingPolicy.mayCreate(user));
        return "consultation/list";
    }

    @GetMapping("/meetings/new")
    String newMeeting(CurrentUser user, Model model) {
        model.addAttribute("newMeetingForm", NewMeetingForm.empty());
        model.addAttribute("organisations", meetings.invitable(user));
        return "consultation/new";
    }

    @PostMapping("/meetings/new")
    String create(
            CurrentUser user,
            @ModelAttribute NewMeetingForm newMeetingForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Optional<UUID> id = meetings.create(user, newMeetingForm, errors);
        if (id.isEmpty()) {
            model.addAttribute("organisations", meetings.invitable(user));
            return "consultation/new";
        }
        redirect.addFlashAttribute("message", "meeting.created");
        return "redirect:/meetings/" + id.get();
    }

    @GetMapping("/meetings/{id}")
    String page(CurrentUser user, @PathVariable UUID id, Model model) {
        model.addAttribute("page", meetings.page(user, id));
        return "consultation/meeting";
    }

    @PostMapping("/meetings/{id}/cases")
    String addCase(
            CurrentUser user,
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable UUID youthId,
            @RequestParam(required = false) @Nullable String question,
            RedirectAttributes redirect) {
        Optional<String> refusal = meetings.addCase(user, id, youthId, question);
        redirect.addFlashAttribute("message", refusal.orElse("meeting.case.added"));
        return "redirect:/meetings/" + id;
    }

    @GetMapping("/meetings/{id}/cases/{caseId}/preread")
    String preread(
            CurrentUser user,
            @PathVariable UUID id,
            @PathVariable UUID caseId,
            @RequestParam UUID organisation,
            Model model) {
        model.addAttribute("preread", meetings.preread(user, id, caseId, organisation));
        return "consultation/preread";
    }

    @PostMapping("/meetings/{id}/attendance")
    String attendance(
            CurrentUser user,
            @PathVariable UUID id,
            @RequestParam(name = "attended", required = false) @Nullable List<String> attended,
            @RequestParam Map<String, String> params,
            RedirectAttributes redirect) {
        meetings.attendance(user, id, attended == null ? List.of() : attended, params);
        redirect.addFlashAttribute("message", "meeting.attendance.saved");
        return "redirect:/meetings/" + id;
    }

    @PostMapping("/meetings/{id}/cases/{caseId}/decisions")
    String decide(
            CurrentUser user,
            @PathVariable UUID id,
            @PathVariable UUID caseId,
            @ModelAttribute DecisionForm decisionForm,
            RedirectAttributes redirect) {
        Optional<String> refusal = meetings.decide(user, id, caseId, decisionForm);
        redirect.addFlashAttribute("message", refusal.orElse("meeting.decision.added"));
        return "redirect:/meetings/" + id + "#case-" + caseId;
    }

    @PostMapping("/meetings/{id}/escalations/{escalationId}")
    String addEscalation(
            CurrentUser user,
            @PathVariable UUID id,
            @PathVariable UUID escalationId,
            org.springframework.web.servlet.mvc.support.RedirectAttributes redirect) {
        meetings.addEscalation(user, id, escalationId);
        redirect.addFlashAttribute("message", "meeting.escalation.added");
        return "redirect:/meetings/" + id;
    }

    @PostMapping("/meetings/{id}/minutes")
    String minutes(
            CurrentUser user,
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String minutes,
            RedirectAttributes redirect) {
        Optional<String> refusal = meetings.minutes(user, id, minutes);
        redirect.addFlashAttribute("message", refusal.orElse("meeting.minutes.saved"));
        return "redirect:/meetings/" + id;
    }
}
