package nl.overstap.results;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import nl.overstap.shared.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The results dashboards, their CSV and (for coordinators) the trajectories behind a count. */
@Controller
class ResultsController {

    private final Results results;
    private final DrillDown drillDown;

    ResultsController(Results results, DrillDown drillDown) {
        this.results = results;
        this.drillDown = drillDown;
    }

    @GetMapping("/results")
    String dashboard(CurrentUser user, CutRequest cut, Model model) {
        model.addAttribute("page", results.page(user, cut));
        model.addAttribute("periods", Period.values());
        return "results/dashboard";
    }

    @GetMapping("/results/export.csv")
    void csv(CurrentUser user, CutRequest cut, HttpServletResponse response) throws IOException {
        Results.requireReader(user);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"resultaten.csv\"");
        response.setHeader("X-Content-Type-Options", "nosniff");
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        results.writeCsv(user, cut, out);
        out.flush();
    }

    @GetMapping("/results/trajectories")
    String trajectories(
            CurrentUser user,
            @RequestParam(required = false) @Nullable String measure,
            @RequestParam(required = false) @Nullable String key,
            @RequestParam(name = "page", defaultValue = "1") String page,
            CutRequest cut,
            Model model) {
        DrillDown.Listing listing = drillDown.list(user, measure, key, cut, pageNumber(page));
        model.addAttribute("listing", listing);
        model.addAttribute("query", Results.query(listing.cut(), Results.national(user)));
        return "results/trajectories";
    }

    private static int pageNumber(String page) {
        try {
            return Integer.parseInt(page);
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
