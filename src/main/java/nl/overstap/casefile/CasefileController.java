package nl.overstap.casefile;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import nl.overstap.audit.AccessEventType;
import nl.overstap.audit.WhoLooked;
import nl.overstap.consent.Grant;
import nl.overstap.consent.YouthAccess;
import nl.overstap.shared.CurrentUser;
import nl.overstap.shared.DataCategory;
import nl.overstap.shared.DutchDates;
import nl.overstap.shared.DutchTime;
import nl.overstap.shared.NotFoundException;
import nl.overstap.youth.YouthRef;
import nl.overstap.youth.Youths;
import org.jspecify.annotations.Nullable;
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
    private final YouthAccess youthAccess;
    private final Clock clock;

    CasefileController(YouthFileQuery files, Youths youths, WhoLooked whoLooked, YouthAccess youthAccess, Clock clock) {
        this.files = files;
        this.youths = youths;
        this.whoLooked = whoLooked;
        this.youthAccess = youthAccess;
        this.clock = clock;
    }

    @GetMapping("/youths/{id}")
    String file(CurrentUser user, @PathVariable UUID id, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("file", files.read(user, id, page));
        return "casefile/file";
    }

    @GetMapping("/youths/{id}/access-log")
    String accessLog(
            CurrentUser user,
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        Grant grant = youthAccess.require(user, id, AccessEventType.LOG_READ, DataCategory.BASIC);
        if (!grant.ownScope()) {
            throw new NotFoundException();
        }
        YouthRef youth = youths.requireVisible(user, id);
        LocalDate fromDate = DutchDates.parse(from).orElse(LocalDate.of(2000, 1, 1));
        LocalDate toDate = DutchDates.parse(to).orElse(DutchTime.today(clock));
        int safePage = Math.max(0, Math.min(page, 10_000));
        var entries = whoLooked.forYouth(
                user,
                id,
                fromDate.atStartOfDay(DutchTime.ZONE).toInstant(),
                toDate.plusDays(1).atStartOfDay(DutchTime.ZONE).toInstant(),
                safePage,
                LOG_PAGE);
        model.addAttribute("youth", youth);
        model.addAttribute("grant", grant);
        model.addAttribute("from", from == null ? "" : from);
        model.addAttribute("to", to == null ? "" : to);
        model.addAttribute("entries", entries.size() > LOG_PAGE ? entries.subList(0, LOG_PAGE) : entries);
        model.addAttribute("hasMore", entries.size() > LOG_PAGE);
        model.addAttribute("page", safePage);
        return "casefile/access-log";
    }
}
