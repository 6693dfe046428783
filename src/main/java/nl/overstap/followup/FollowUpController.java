package nl.overstap.followup;

import java.util.UUID;
import nl.overstap.shared.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The coach's follow-up page of a youth, the youth's check-ins, relapse, and the employer's check-ins. */
@Controller
class FollowUpController {

    private final FollowUps followUps;

    FollowUpController(FollowUps followUps) {
        this.followUps = followUps;
    }

    @GetMapping("/youths/{youthId}/followup")
    String page(CurrentUser user, @PathVariable UUID youthId, Model model) {
        return coachPage(user, youthId, model);
    }

    @GetMapping("/youths/{youthId}/followup/print")
    String print(CurrentUser user, @PathVariable UUID youthId, Model model) {
        model.addAttribute("sheet", followUps.youthSheet(user, youthId));
        return "followup/print";
    }

    @PostMapping("/checkins/{checkInId}/youth")
    String youthCheckIn(
            CurrentUser user,
            @PathVariable UUID checkInId,
            @ModelAttribute CheckInForm checkInForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        UUID youthId = followUps.recordYouthCheckIn(user, checkInId, checkInForm, errors);
        if (errors.hasErrors()) {
            model.addAttribute("checkInWithErrors", checkInId);
            return coachPage(user, youthId, model);
        }
        redirect.addFlashAttribute("message", "followup.checkIn.recorded");
        return "redirect:/youths/" + youthId + "/followup";
    }

    @PostMapping("/youths/{youthId}/followup/relapse")
    String relapse(
            CurrentUser user,
            @PathVariable UUID youthId,
            @ModelAttribute RelapseForm relapseForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (!followUps.relapse(user, youthId, relapseForm, errors)) {
            return coachPage(user, youthId, model);
        }
        redirect.addFlashAttribute("message", "followup.relapsed");
        return "redirect:/youths/" + youthId;
    }

    @GetMapping("/checkins")
    String employerList(CurrentUser user, Model model) {
        model.addAttribute("checkIns", followUps.employerCheckIns(user));
        return "followup/checkins";
    }

    @GetMapping("/checkins/{checkInId}")
    String employerForm(CurrentUser user, @PathVariable UUID checkInId, Model model) {
        model.addAttribute("checkInForm", new CheckInForm(null, null, null, null));
        return employerPage(user, checkInId, model);
    }

    @PostMapping("/checkins/{checkInId}")
    String employerAnswer(
            CurrentUser user,
            @PathVariable UUID checkInId,
            @ModelAttribute CheckInForm checkInForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (!followUps.answerAsEmployer(user, checkInId, checkInForm, errors)) {
            return employerPage(user, checkInId, model);
        }
        redirect.addFlashAttribute("message", "followup.checkIn.answered");
        return "redirect:/checkins";
    }

    private String employerPage(CurrentUser user, UUID checkInId, Model model) {
        model.addAttribute("checkIn", followUps.employerCheckIn(user, checkInId));
        model.addAttribute("checkInId", checkInId);
        return "followup/checkin";
    }

    private String coachPage(CurrentUser user, UUID youthId, Model model) {
        FollowUps.Page page = followUps.page(user, youthId);
        model.addAttribute("page", page);
        model.addAttribute("grant", page.grant());
        model.addAttribute("youthId", youthId);
        if (!model.containsAttribute("checkInForm")) {
            model.addAttribute("checkInForm", new CheckInForm(null, null, null, null));
        }
        if (!model.containsAttribute("relapseForm")) {
            model.addAttribute("relapseForm", new RelapseForm(null));
        }
        return "followup/page";
    }
}
