package nl.overstap.rights;

import java.util.UUID;
import nl.overstap.shared.CurrentUser;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.ObjectMapper;

/**
 * The youth's rights: the rights page, the export (JSON download and printable page), erasure
 * requests and their four-eyes decision, legal hold, and the retention policy for administrators.
 * Post/Redirect/Get; a refused form comes back with everything typed.
 */
@Controller
class RightsController {

    /** The download's name carries no personal data. */
    static final String EXPORT_FILENAME = "overstap-export.json";

    private final Erasures erasures;
    private final YouthExport exports;
    private final RetentionPolicies retention;
    private final ObjectMapper json;

    RightsController(Erasures erasures, YouthExport exports, RetentionPolicies retention, ObjectMapper json) {
        this.erasures = erasures;
        this.exports = exports;
        this.retention = retention;
        this.json = json;
    }

    @GetMapping("/youths/{id}/rights")
    String rights(CurrentUser user, @PathVariable UUID id, Model model) {
        model.addAttribute("erasureRequestForm", new ErasureRequestForm(null));
        model.addAttribute("legalHoldForm", new LegalHoldForm(null, null));
        return page(user, id, model);
    }

    @GetMapping("/youths/{id}/export.json")
    ResponseEntity<byte[]> exportJson(CurrentUser user, @PathVariable UUID id) {
        ExportDocument document = exports.export(user, id, "json");
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(EXPORT_FILENAME)
                                .build()
                                .toString())
                .body(json.writerWithDefaultPrettyPrinter().writeValueAsBytes(document));
    }

    @GetMapping("/youths/{id}/export")
    String exportPage(CurrentUser user, @PathVariable UUID id, Model model) {
        model.addAttribute("export", exports.export(user, id, "html"));
        model.addAttribute("youthId", id);
        return "rights/export";
    }

    @PostMapping("/youths/{id}/erasure-requests")
    String requestErasure(
            CurrentUser user,
            @PathVariable UUID id,
            @ModelAttribute ErasureRequestForm erasureRequestForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (erasures.request(user, id, erasureRequestForm, errors) == null) {
            model.addAttribute("legalHoldForm", new LegalHoldForm(null, null));
            return page(user, id, model);
        }
        redirect.addFlashAttribute("message", "rights.requested");
        return "redirect:/youths/" + id + "/rights";
    }

    @PostMapping("/youths/{id}/legal-hold")
    String legalHold(
            CurrentUser user,
            @PathVariable UUID id,
            @ModelAttribute LegalHoldForm legalHoldForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (!erasures.legalHold(user, id, legalHoldForm, errors)) {
            model.addAttribute("erasureRequestForm", new ErasureRequestForm(null));
            return page(user, id, model);
        }
        redirect.addFlashAttribute(
                "message", "true".equals(legalHoldForm.hold()) ? "rights.hold.set" : "rights.hold.lifted");
        return "redirect:/youths/" + id + "/rights";
    }

    @GetMapping("/erasure-requests")
    String openRequests(CurrentUser user, Model model) {
        model.addAttribute("requests", erasures.openRequests(user));
        return "rights/requests";
    }

    @GetMapping("/erasure-requests/{id}")
    String decision(CurrentUser user, @PathVariable UUID id, Model model) {
        model.addAttribute("erasureDecisionForm", new ErasureDecisionForm(null));
        return decisionPage(user, id, model);
    }

    @PostMapping("/erasure-requests/{id}/approve")
    String approve(
            CurrentUser user,
            @PathVariable UUID id,
            @ModelAttribute ErasureDecisionForm erasureDecisionForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return decide(user, id, true, erasureDecisionForm, errors, model, redirect);
    }

    @PostMapping("/erasure-requests/{id}/reject")
    String reject(
            CurrentUser user,
            @PathVariable UUID id,
            @ModelAttribute ErasureDecisionForm erasureDecisionForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return decide(user, id, false, erasureDecisionForm, errors, model, redirect);
    }

    @GetMapping("/admin/retention")
    String retention(CurrentUser user, Model model) {
        model.addAttribute("retention", retention.overview(user));
        return "rights/retention";
    }

    private String decide(
            CurrentUser user,
            UUID id,
            boolean approve,
            ErasureDecisionForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        UUID youthId = erasures.decide(user, id, approve, form, errors);
        if (youthId == null) {
            return decisionPage(user, id, model);
        }
        redirect.addFlashAttribute("message", approve ? "rights.decided.approved" : "rights.decided.rejected");
        return "redirect:/erasure-requests";
    }

    private String page(CurrentUser user, UUID youthId, Model model) {
        RightsPage page = erasures.page(user, youthId);
        model.addAttribute("page", page);
        model.addAttribute("youthId", youthId);
        model.addAttribute("grant", page.grant());
        return "rights/page";
    }

    private String decisionPage(CurrentUser user, UUID requestId, Model model) {
        model.addAttribute("request", erasures.forDecision(user, requestId));
        return "rights/decision";
    }
}
