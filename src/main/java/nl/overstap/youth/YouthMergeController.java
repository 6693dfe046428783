package nl.overstap.youth;

import java.util.Optional;
import java.util.UUID;
import nl.overstap.shared.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Duplicate review and merging: the candidates of one youth, the region's review list for
 * coordinators, the side-by-side confirmation, the merge and its undo. Ids only in URLs.
 */
@Controller
class YouthMergeController {

    static final int CANDIDATES_SHOWN = 10;

    private final DuplicateCandidates candidates;
    private final YouthMerges merges;

    YouthMergeController(DuplicateCandidates candidates, YouthMerges merges) {
        this.candidates = candidates;
        this.merges = merges;
    }

    @GetMapping("/youths/{id}/duplicates")
    String duplicates(CurrentUser user, @PathVariable UUID id, Model model) {
        DuplicateCandidates.OfYouth result = candidates.forYouth(user, id, CANDIDATES_SHOWN);
        model.addAttribute("youth", result.youth());
        model.addAttribute("candidates", result.candidates());
        model.addAttribute("mayMerge", merges.mayMerge(user, id));
        model.addAttribute("recentMerges", merges.undoable(user, id));
        return "youth/duplicates";
    }

    @GetMapping("/duplicates")
    String regionList(CurrentUser user, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("result", candidates.regionPairs(user, page));
        return "youth/duplicates-region";
    }

    @GetMapping("/youths/{id}/merge")
    String confirm(
            CurrentUser user,
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String other,
            Model model,
            RedirectAttributes redirect) {
        merges.requireMayMerge(user, id);
        Optional<UUID> otherId = new MergeForm(other, null).otherId();
        if (otherId.isEmpty()) {
            redirect.addFlashAttribute("mergeError", "youth.merge.error.other");
            return "redirect:/youths/" + id + "/duplicates";
        }
        model.addAttribute("comparison", merges.compare(user, id, otherId.get()));
        if (!model.containsAttribute("mergeForm")) {
            model.addAttribute("mergeForm", new MergeForm(otherId.get().toString(), null));
        }
        return "youth/merge";
    }

    @PostMapping("/youths/{id}/merge")
    String merge(
            CurrentUser user, @PathVariable UUID id, @ModelAttribute MergeForm mergeForm, RedirectAttributes redirect) {
        merges.requireMayMerge(user, id);
        Optional<UUID> otherId = mergeForm.otherId();
        if (otherId.isEmpty()) {
            redirect.addFlashAttribute("mergeError", "youth.merge.error.other");
            return "redirect:/youths/" + id + "/duplicates";
        }
        Optional<Boolean> keepThis = mergeForm.keepThis();
        if (keepThis.isEmpty()) {
            redirect.addFlashAttribute("mergeError", "youth.merge.error.keep");
            return "redirect:/youths/" + id + "/merge?other=" + otherId.get();
        }
        UUID survivor = keepThis.get() ? id : otherId.get();
        UUID duplicate = keepThis.get() ? otherId.get() : id;
        try {
            merges.merge(user, survivor, duplicate);
        } catch (MergeRefusedException refused) {
            redirect.addFlashAttribute("mergeError", refused.refusal().messageKey());
            return "redirect:/youths/" + id + "/merge?other=" + otherId.get();
        }
        redirect.addFlashAttribute("message", "youth.merge.done");
        return "redirect:/youths/" + survivor + "/duplicates";
    }

    @PostMapping("/youths/{id}/merge/undo")
    String undo(CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        try {
            merges.undo(user, id);
            redirect.addFlashAttribute("message", "youth.merge.undone");
        } catch (MergeRefusedException refused) {
            redirect.addFlashAttribute("mergeError", refused.refusal().messageKey());
        }
        return "redirect:/youths/" + id + "/duplicates";
    }
}
