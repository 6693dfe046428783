package nl.overstap.home;

import nl.overstap.shared.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

    @GetMapping("/")
    String home(CurrentUser user) {
        return switch (user.role()) {
            case COACH, COORDINATOR -> "redirect:/caseload";
            case ADMIN -> "redirect:/admin";
            case PARTNER -> "redirect:/partner";
            case EMPLOYER -> "redirect:/proposals";
            case ANALYST -> "redirect:/results";
        };
    }
}
