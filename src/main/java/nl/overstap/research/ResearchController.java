package nl.overstap.research;

import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.YearMonth;
import nl.overstap.shared.CurrentUser;
import nl.overstap.shared.DutchTime;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The research export page and its download. Only research partners; everyone else gets a 404 (the
 * security rule and the service both say so).
 */
@Controller
class ResearchController {

    private final ResearchExport export;
    private final Clock clock;

    ResearchController(ResearchExport export, Clock clock) {
        this.export = export;
        this.clock = clock;
    }

    @GetMapping("/research")
    String page(CurrentUser user, Model model) {
        export.requirePartner(user);
        YearMonth thisMonth = YearMonth.from(DutchTime.today(clock));
        model.addAttribute(
                "researchExportForm",
                new ResearchExportForm(thisMonth.minusMonths(11).toString(), thisMonth.toString()));
        return page(model);
    }

    /** Streams the CSV; on a wrong period shows the page again with what was typed. */
    @PostMapping("/research/export")
    @Nullable
    String download(
            CurrentUser user,
            @ModelAttribute ResearchExportForm researchExportForm,
            BindingResult errors,
            Model model,
            HttpServletResponse response)
            throws IOException {
        export.requirePartner(user);
        ExportPeriod.validate(researchExportForm, YearMonth.from(DutchTime.today(clock)))
                .forEach((field, code) -> errors.rejectValue(field, code));
        if (errors.hasErrors()) {
            return page(model);
        }
        ExportPeriod period = ExportPeriod.parse(researchExportForm);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        .filename("onderzoeksexport-" + period.from() + "-tot-en-met-" + period.to() + ".csv")
                        .build()
                        .toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        Writer out = new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
        export.write(user, period, out);
        out.flush();
        return null;
    }

    private static String page(Model model) {
        model.addAttribute("minGroup", QuasiIdentifiers.MIN_GROUP);
        model.addAttribute("maxMonths", ExportPeriod.MAX_MONTHS);
        return "research/page";
    }
}
