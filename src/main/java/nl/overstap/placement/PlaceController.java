package nl.overstap.placement;

import java.util.UUID;
import nl.overstap.assessment.Sector;
import nl.overstap.shared.Choices;
import nl.overstap.shared.CurrentUser;
import nl.overstap.shared.Municipality;
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

/** Places: the list, adding, viewing, editing, opening and closing (Post/Redirect/Get), and candidates. */
@Controller
class PlaceController {

    private final Places places;
    private final PlaceMatching matching;

    PlaceController(Places places, PlaceMatching matching) {
        this.places = places;
        this.matching = matching;
    }

    @GetMapping("/places")
    String list(
            CurrentUser user,
            @RequestParam(required = false) @Nullable String kind,
            @RequestParam(required = false) @Nullable String sector,
            @RequestParam(required = false) @Nullable String municipality,
            Model model) {
        Places.Filter filter = new Places.Filter(
                Choices.parse(PlaceKind.class, kind).orElse(null),
                Choices.parse(Sector.class, sector).orElse(null),
                Choices.parse(Municipality.class, municipality).orElse(null));
        model.addAttribute("places", places.list(user, filter));
        model.addAttribute("mode", places.mode(user).name());
        model.addAttribute("filter", filter);
        options(model, user);
        return "placement/list";
    }

    @GetMapping("/places/new")
    String newPlace(CurrentUser user, Model model) {
        if (places.mode(user) == Places.Mode.NONE) {
            throw new nl.overstap.shared.NotFoundException();
        }
        model.addAttribute("placeForm", PlaceForm.empty());
        return form(model, user, "new", "/places");
    }

    @PostMapping("/places")
    String create(
            CurrentUser user,
            @ModelAttribute PlaceForm placeForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Places.Change change = places.create(user, placeForm, errors);
        if (!change.saved()) {
            return form(model, user, "new", "/places");
        }
        redirect.addFlashAttribute("message", "placement.saved");
        return "redirect:/places/" + change.placeId();
    }

    @GetMapping("/places/{id}")
    String show(CurrentUser user, @PathVariable UUID id, Model model) {
        Place place = places.require(user, id);
        model.addAttribute("place", place);
        model.addAttribute("mayChange", places.mayChange(user, place));
        model.addAttribute("mayMatch", places.mode(user) == Places.Mode.REGION);
        return "placement/place";
    }

    @GetMapping("/places/{id}/edit")
    String editForm(CurrentUser user, @PathVariable UUID id, Model model) {
        Place place = places.requireChangeable(user, id);
        model.addAttribute("placeForm", PlaceValidator.formOf(place));
        model.addAttribute("place", place);
        return form(model, user, "edit", "/places/" + id);
    }

    @PostMapping("/places/{id}")
    String update(
            CurrentUser user,
            @PathVariable UUID id,
            @ModelAttribute PlaceForm placeForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Places.Change change = places.update(user, id, placeForm, errors);
        if (!change.saved()) {
            model.addAttribute("place", places.requireChangeable(user, id));
            return form(model, user, "edit", "/places/" + id);
        }
        redirect.addFlashAttribute("message", "placement.saved");
        return "redirect:/places/" + id;
    }

    @PostMapping("/places/{id}/status")
    String status(CurrentUser user, @PathVariable UUID id, @RequestParam String open, RedirectAttributes redirect) {
        boolean opening = "true".equals(open);
        places.setOpen(user, id, opening);
        redirect.addFlashAttribute("message", opening ? "placement.opened" : "placement.closed");
        return "redirect:/places/" + id;
    }

    @GetMapping("/places/{id}/candidates")
    String candidates(CurrentUser user, @PathVariable UUID id, Model model) {
        model.addAttribute("list", matching.candidates(user, id));
        return "placement/candidates";
    }

    private String form(Model model, CurrentUser user, String mode, String action) {
        model.addAttribute("mode", mode);
        model.addAttribute("action", action);
        model.addAttribute("chooseOrganisation", "new".equals(mode) && places.mode(user) == Places.Mode.REGION);
        model.addAttribute("organisations", places.onBehalfOrganisations(user));
        model.addAttribute("kinds", places.kindsFor(user).stream().sorted().toList());
        model.addAttribute("yesNo", java.util.List.of("yes", "no"));
        model.addAttribute("dutchLevels", DutchLevel.values());
        options(model, user);
        return "placement/form";
    }

    private void options(Model model, CurrentUser user) {
        model.addAttribute("allKinds", PlaceKind.values());
        model.addAttribute("sectors", Sector.values());
        model.addAttribute("municipalities", Municipality.values());
    }
}
