package nl.overstap.signal;

import nl.overstap.shared.CurrentUser;
import nl.overstap.shared.Municipality;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The "Iedereen in beeld" monitor: counts per cut, and the list behind each count (enum filters only). */
@Controller
class MonitorController {

    private final SignalMonitor monitor;

    MonitorController(SignalMonitor monitor) {
        this.monitor = monitor;
    }

    @GetMapping("/monitor")
    String monitor(
            CurrentUser user,
            @RequestParam(required = false) @Nullable String status,
            @RequestParam(required = false) @Nullable String source,
            @RequestParam(required = false) @Nullable String municipality,
            @RequestParam(required = false) @Nullable String overdue,
            @RequestParam(required = false) @Nullable String unowned,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        MonitorFilter filter = MonitorFilter.parse(status, source, municipality, overdue, unowned);
        model.addAttribute("counts", monitor.counts(user));
        model.addAttribute("filter", filter);
        model.addAttribute("result", monitor.list(user, filter, page));
        model.addAttribute("municipalities", Municipality.values());
        return "signal/monitor";
    }
}
