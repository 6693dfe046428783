package nl.overstap.casefile;

import java.util.UUID;
import nl.overstap.audit.WhoLooked;
import nl.overstap.shared.CurrentUser;
import nl.overstap.shared.NotFoundException;
import nl.overstap.shared.Role;
import nl.overstap.youth.YouthRef;
import nl.overstap.youth.Youths;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The youth file and "who looked at this file". */
@Controller
class CasefileController {

    static final int LOG_PAGE = 50;

    private final YouthFileQuery files;
    private final Youths youths;
    private final WhoLooked whoLooked;

    CasefileController(YouthFileQuery files, Youths youths, WhoLooked whoLooked) {
        this.files = files;
        this.youths = youths;
        this.whoLooked = whoLooked;
    }

    @GetMapping("/youths/{id}")
    String file(CurrentUser user, @PathVariable UUID id, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("file", files.read(user, id, page));
        return "casefile/file";
    }

    @GetMapping("/youths/{id}/access-log")
    String accessLog(CurrentUser user, @PathVariable UUID id, @RequestParam(defaultValue = "0") int page, Model model) {
        if (!user.is(Role.COORDINATOR)) {
            throw new NotFoundException();
        }
        YouthRef youth = youths.requireVisible(user, id);
        int safePage = Math.max(0, Math.min(page, 10_000));
        var entries = whoLooked.forYouth(user, id, safePage, LOG_PAGE);
        model.addAttribute("youth", youth);
        model.addAttribute("entries", entries.size() > LOG_PAGE ? entries.subList(0, LOG_PAGE) : entries);
        model.addAttribute("hasMore", entries.size() > LOG_PAGE);
        model.addAttribute("page", safePage);
        return "casefile/access-log";
    }
}
