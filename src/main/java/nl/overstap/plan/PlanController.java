package nl.overstap.plan;

import java.util.UUID;
import nl.overstap.consent.Grant;
import nl.overstap.shared.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The plan page of a youth, goals and actions, the agreement and the printable plan (Post/Redirect/Get). */
@Controller
class PlanController {

    private final Plans plans;

    PlanController(Plans plans) {
        this.plans = plans;
    }

    @GetMapping("/youths/{youthId}/plan")
    String page(CurrentUser user, @PathVariable UUID youthId, Model model) {
        Plans.Page page = plans.page(user, youthId);
        model.addAttribute("page", page);
        model.addAttribute("youthId", youthId);
        model.addAttribute("grant", page.grant());
        return "plan/page";
    }

    @GetMapping("/youths/{youthId}/plan/print")
    String print(CurrentUser user, @PathVariable UUID youthId, Model model) {
        model.addAttribute("page", plans.printable(user, youthId));
        model.addAttribute("youthId", youthId);
        return "plan/print";
    }

    @PostMapping("/youths/{youthId}/plan/agreement")
    String agree(CurrentUser user, @PathVariable UUID youthId, RedirectAttributes redirect) {
        plans.agree(user, youthId);
        redirect.addFlashAttribute("message", "plan.agreed");
        return "redirect:/youths/" + youthId + "/plan";
    }

    @GetMapping("/youths/{youthId}/plan/goals/new")
    String newGoal(CurrentUser user, @PathVariable UUID youthId, Model model) {
        Grant grant = plans.requireChanger(user, youthId);
        model.addAttribute("goalForm", GoalForm.empty());
        return goalForm(model, "new", "/youths/" + youthId + "/plan/goals", youthId, grant);
    }

    @PostMapping("/youths/{youthId}/plan/goals")
    String addGoal(
            CurrentUser user,
            @PathVariable UUID youthId,
            @ModelAttribute GoalForm goalForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Plans.Change change = plans.addGoal(user, youthId, goalForm, errors);
        if (!change.saved()) {
            return goalForm(model, "new", "/youths/" + youthId + "/plan/goals", youthId, change.grant());
        }
        redirect.addFlashAttribute("message", "plan.goal.added");
        return "redirect:/youths/" + youthId + "/plan";
    }

    @GetMapping("/plan/goals/{goalId}/edit")
    String editGoalForm(CurrentUser user, @PathVariable UUID goalId, Model model) {
        Plans.EditableGoal editable = plans.requireGoal(user, goalId);
        model.addAttribute("goalForm", PlanValidator.formOf(editable.goal()));
        return goalForm(model, "edit", "/plan/goals/" + goalId, editable.goal().youthId(), editable.grant());
    }

    @PostMapping("/plan/goals/{goalId}")
    String editGoal(
            CurrentUser user,
            @PathVariable UUID goalId,
            @ModelAttribute GoalForm goalForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Plans.Change change = plans.editGoal(user, goalId, goalForm, errors);
        if (!change.saved()) {
            return goalForm(model, "edit", "/plan/goals/" + goalId, change.youthId(), change.grant());
        }
        redirect.addFlashAttribute("message", "plan.goal.edited");
        return "redirect:/youths/" + change.youthId() + "/plan";
    }

    @GetMapping("/plan/goals/{goalId}/actions/new")
    String newAction(CurrentUser user, @PathVariable UUID goalId, Model model) {
        Plans.EditableGoal editable = plans.requireGoal(user, goalId);
        model.addAttribute("actionForm", ActionForm.empty());
        model.addAttribute("goal", editable.goal());
        return actionForm(
                model,
                "new",
                "/plan/goals/" + goalId + "/actions",
                editable.goal().youthId(),
                editable.grant(),
                false);
    }

    @PostMapping("/plan/goals/{goalId}/actions")
    String addAction(
            CurrentUser user,
            @PathVariable UUID goalId,
            @ModelAttribute ActionForm actionForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Plans.Change change = plans.addAction(user, goalId, actionForm, errors);
        if (!change.saved()) {
            return actionForm(
                    model,
                    "new",
                    "/plan/goals/" + goalId + "/actions",
                    change.youthId(),
                    change.grant(),
                    change.consentMissing());
        }
        redirect.addFlashAttribute("message", "plan.action.added");
        return "redirect:/youths/" + change.youthId() + "/plan";
    }

    @GetMapping("/plan/actions/{actionId}/edit")
    String editActionForm(CurrentUser user, @PathVariable UUID actionId, Model model) {
        Plans.EditableAction editable = plans.requireAction(user, actionId);
        model.addAttribute("actionForm", PlanValidator.formOf(editable.action()));
        return actionForm(
                model, "edit", "/plan/actions/" + actionId, editable.action().youthId(), editable.grant(), false);
    }

    @PostMapping("/plan/actions/{actionId}")
    String editAction(
            CurrentUser user,
            @PathVariable UUID actionId,
            @ModelAttribute ActionForm actionForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Plans.Change change = plans.editAction(user, actionId, actionForm, errors);
        if (!change.saved()) {
            return actionForm(
                    model,
                    "edit",
                    "/plan/actions/" + actionId,
                    change.youthId(),
                    change.grant(),
                    change.consentMissing());
        }
        redirect.addFlashAttribute("message", "plan.action.edited");
        return "redirect:/youths/" + change.youthId() + "/plan";
    }

    @PostMapping("/plan/actions/{actionId}/status")
    String changeStatus(
            CurrentUser user,
            @PathVariable UUID actionId,
            @RequestParam(required = false) String status,
            RedirectAttributes redirect) {
        Plans.StatusChange change = plans.changeStatus(user, actionId, status);
        redirect.addFlashAttribute("message", change.refusal().orElse("plan.action.statusChanged"));
        return "redirect:/youths/" + change.youthId() + "/plan";
    }

    private String goalForm(Model model, String mode, String action, UUID youthId, Grant grant) {
        model.addAttribute("mode", mode);
        model.addAttribute("action", action);
        model.addAttribute("youthId", youthId);
        model.addAttribute("grant", grant);
        model.addAttribute("domains", PlanRules.DOMAINS);
        model.addAttribute("goalStatuses", GoalStatus.values());
        return "plan/goal-form";
    }

    private String actionForm(
            Model model, String mode, String action, UUID youthId, Grant grant, boolean consentMissing) {
        model.addAttribute("mode", mode);
        model.addAttribute("action", action);
        model.addAttribute("youthId", youthId);
        model.addAttribute("grant", grant);
        model.addAttribute("consentMissing", consentMissing);
        model.addAttribute("ownerTypes", OwnerType.values());
        model.addAttribute("actionStatuses", ActionStatus.values());
        model.addAttribute("organisations", plans.partnerOptions(grant));
        return "plan/action-form";
    }
}
