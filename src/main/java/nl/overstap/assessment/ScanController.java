package nl.overstap.assessment;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.UUID;
import nl.overstap.consent.Grant;
import nl.overstap.shared.CurrentUser;
import nl.overstap.shared.DutchTime;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The scans of a youth, one scan, and recording a new scan (Post/Redirect/Get). */
@Controller
class ScanController {

    private static final DateTimeFormatter DUTCH = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private final Scans scans;
    private final Clock clock;

    ScanController(Scans scans, Clock clock) {
        this.scans = scans;
        this.clock = clock;
    }

    @GetMapping("/youths/{youthId}/scans")
    String list(CurrentUser user, @PathVariable UUID youthId, Model model) {
        Scans.Overview page = scans.overview(user, youthId);
        model.addAttribute("page", page);
        model.addAttribute("youthId", youthId);
        model.addAttribute("grant", page.grant());
        model.addAttribute(
                "chart",
                Map.of(
                        "width",
                        TrendChart.WIDTH,
                        "height",
                        TrendChart.HEIGHT,
                        "left",
                        TrendChart.LEFT,
                        "right",
                        TrendChart.WIDTH - TrendChart.RIGHT,
                        "top",
                        TrendChart.y(5),
                        "middle",
                        TrendChart.y(3),
                        "bottom",
                        TrendChart.y(1)));
        return "assessment/list";
    }

    @GetMapping("/youths/{youthId}/scans/new")
    String newScan(CurrentUser user, @PathVariable UUID youthId, Model model) {
        Grant grant = scans.requireCreator(user, youthId);
        model.addAttribute("scanForm", ScanForm.empty(DutchTime.today(clock).format(DUTCH)));
        return form(model, youthId, grant);
    }

    @PostMapping("/youths/{youthId}/scans")
    String create(
            CurrentUser user,
            @PathVariable UUID youthId,
            @ModelAttribute ScanForm scanForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Scans.Change change = scans.create(user, youthId, scanForm, errors);
        if (change.scanId() == null) {
            return form(model, youthId, change.grant());
        }
        redirect.addFlashAttribute("message", "scan.created");
        return "redirect:/scans/" + change.scanId();
    }

    @GetMapping("/scans/{scanId}")
    String show(CurrentUser user, @PathVariable UUID scanId, Model model) {
        Scans.Detail detail = scans.detail(user, scanId);
        model.addAttribute("detail", detail);
        model.addAttribute("youthId", detail.scan().youthId());
        model.addAttribute("grant", detail.grant());
        return "assessment/scan";
    }

    private String form(Model model, UUID youthId, Grant grant) {
        model.addAttribute("youthId", youthId);
        model.addAttribute("grant", grant);
        model.addAttribute("domains", LifeDomain.values());
        model.addAttribute("scoreOptions", new String[] {"1", "2", "3", "4", "5", ScanValidator.UNKNOWN});
        model.addAttribute("sectors", Sector.values());
        model.addAttribute("participants", Participant.values());
        return "assessment/form";
    }
}
