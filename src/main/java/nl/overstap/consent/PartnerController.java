package nl.overstap.consent;

import nl.overstap.shared.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The partner's start page: the youths their organisation may see something of. */
@Controller
class PartnerController {

    private final PartnerYouths partnerYouths;

    PartnerController(PartnerYouths partnerYouths) {
        this.partnerYouths = partnerYouths;
    }

    @GetMapping("/partner")
    String list(CurrentUser user, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("list", partnerYouths.list(user, page));
        return "consent/partner";
    }
}
