package nl.overstap.placement;

import java.util.UUID;
import nl.overstap.shared.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The ranked list of places for a youth in Match. GET takes only hours, minutes, weights and "more"
 * from the URL; driving licence, Dutch level and the VOG question come only in the POST body.
 */
@Controller
class PlaceMatchingController {

    private final PlaceMatching matching;

    PlaceMatchingController(PlaceMatching matching) {
        this.matching = matching;
    }

    @GetMapping("/youths/{youthId}/places")
    String list(
            CurrentUser user,
            @PathVariable UUID youthId,
            @ModelAttribute MatchSearchForm matchSearchForm,
            BindingResult errors,
            Model model) {
        MatchSearchForm form = matchSearchForm.withoutSensitive();
        model.addAttribute("matchSearchForm", form);
        return search(user, youthId, form, errors, model);
    }

    @PostMapping("/youths/{youthId}/places")
    String search(
            CurrentUser user,
            @PathVariable UUID youthId,
            @ModelAttribute MatchSearchForm matchSearchForm,
            BindingResult errors,
            Model model) {
        MatchSearchValidator.Search search = MatchSearchValidator.validate(matchSearchForm, errors);
        MatchSearchValidator.Search used = search != null
                ? search
                : new MatchSearchValidator.Search(
                        MatchingPolicy.Criteria.unknown(), MatchingPolicy.Weights.DEFAULT, false);
        model.addAttribute("list", matching.forYouth(user, youthId, used.criteria(), used.weights(), used.more()));
        model.addAttribute("youthId", youthId);
        model.addAttribute("defaults", MatchingPolicy.Weights.DEFAULT);
        model.addAttribute("weightOptions", java.util.List.of("0", "1", "2", "3", "4", "5"));
        model.addAttribute("known", MatchingPolicy.Known.values());
        model.addAttribute("dutchLevels", DutchLevel.values());
        return "placement/youth-places";
    }
}
