package nl.overstap.plan;

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

/** The partner inbox: the organisation's open actions, and updating one (Post/Redirect/Get). */
@Controller
class InboxController {

    private final PartnerInbox inbox;

    InboxController(PartnerInbox inbox) {
        this.inbox = inbox;
    }

    @GetMapping("/inbox")
    String list(
            CurrentUser user,
            @org.springframework.web.bind.annotation.RequestParam(defaultValue = "0") int page,
            Model model) {
        model.addAttribute("page", inbox.list(user, page));
        return "plan/inbox";
    }

    @GetMapping("/inbox/actions/{actionId}")
    String form(CurrentUser user, @PathVariable UUID actionId, Model model) {
        PartnerInbox.Editable editable = inbox.require(user, actionId);
        PartnerInbox.Item item = editable.item();
        model.addAttribute(
                "actionUpdateForm",
                new ActionUpdateForm(item.status().name(), item.blockedReason(), item.resultNote()));
        return form(model, editable);
    }

    @PostMapping("/inbox/actions/{actionId}")
    String update(
            CurrentUser user,
            @PathVariable UUID actionId,
            @ModelAttribute ActionUpdateForm actionUpdateForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        PartnerInbox.Update update = inbox.update(user, actionId, actionUpdateForm, errors);
        if (!update.saved()) {
            return form(model, update.editable());
        }
        redirect.addFlashAttribute("message", "inbox.updated");
        return "redirect:/inbox";
    }

    private String form(Model model, PartnerInbox.Editable editable) {
        model.addAttribute("item", editable.item());
        model.addAttribute("actionStatuses", ActionStatus.values());
        return "plan/inbox-form";
    }
}
