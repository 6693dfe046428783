package nl.overstap.signal;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import nl.overstap.shared.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * List imports for coordinators: the list of imports with the upload form, the report per import and
 * the download of rejected rows. Post/Redirect/Get; a refused file comes back as a Dutch error next to
 * the file field, and nothing is written.
 */
@Controller
class ListImportController {

    private final ListImports imports;
    private final long maxFileBytes;
    private final RejectedRowsRetention retention;

    ListImportController(
            ListImports imports,
            @Value("${overstap.import.max-file-size:25MB}") DataSize maxFileSize,
            RejectedRowsRetention retention) {
        this.imports = imports;
        this.maxFileBytes = maxFileSize.toBytes();
        this.retention = retention;
    }

    @GetMapping("/signals/imports")
    String list(CurrentUser user, Model model) {
        return page(user, model, ListImportForm.empty(), null);
    }

    @PostMapping("/signals/imports")
    String upload(
            CurrentUser user,
            @RequestParam(required = false) @Nullable String kind,
            @RequestParam(required = false) @Nullable MultipartFile file,
            Model model,
            RedirectAttributes redirect) {
        ListImports.requireCoordinator(user);
        String fileName = file == null ? null : file.getOriginalFilename();
        ListImportForm form = new ListImportForm(kind, fileName);
        BindingResult errors = new BeanPropertyBindingResult(form, "listImportForm");
        ListImportKind listKind = ListImports.kindOf(kind).orElse(null);
        if (listKind == null) {
            errors.rejectValue("kind", "signal.import.error.kind");
        }
        if (file == null || file.isEmpty()) {
            errors.rejectValue("file", "signal.import.file.empty");
        } else if (file.getSize() > maxFileBytes) {
            errors.rejectValue(
                    "file",
                    "signal.import.file.tooLarge",
                    new Object[] {DataSize.ofBytes(maxFileBytes).toMegabytes()},
                    null);
        }
        if (errors.hasErrors() || listKind == null || file == null) {
            return page(user, model, form, errors);
        }
        ListImports.Outcome outcome = imports.importList(
                user, listKind, fileName == null || fileName.isBlank() ? "lijst.csv" : fileName, file::getInputStream);
        if (outcome instanceof ListImports.Refused refused) {
            errors.rejectValue("file", refused.messageKey(), refused.args().toArray(), null);
            return page(user, model, form, errors);
        }
        ListImports.Imported imported = (ListImports.Imported) outcome;
        redirect.addFlashAttribute("message", "signal.import.done");
        return "redirect:/signals/imports/" + imported.importId();
    }

    @GetMapping("/signals/imports/{id}")
    String report(CurrentUser user, @PathVariable UUID id, Model model) {
        model.addAttribute("report", imports.report(user, id));
        model.addAttribute("reportRows", ListImports.REPORT_ROWS);
        model.addAttribute("rejectedRowsDays", retention.days());
        return "signal/import-report";
    }

    @GetMapping("/signals/imports/{id}/rejected.csv")
    void rejected(CurrentUser user, @PathVariable UUID id, HttpServletResponse response) throws IOException {
        imports.requireReadable(user, id);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"afgewezen-regels.csv\"");
        response.setHeader("X-Content-Type-Options", "nosniff");
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        imports.writeRejected(user, id, out);
        out.flush();
    }

    private String page(CurrentUser user, Model model, ListImportForm form, @Nullable BindingResult errors) {
        model.addAttribute("imports", imports.list(user));
        model.addAttribute("listImportForm", form);
        if (errors != null) {
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "listImportForm", errors);
        }
        model.addAttribute("kinds", ListImportKind.values());
        model.addAttribute("maxMegabytes", DataSize.ofBytes(maxFileBytes).toMegabytes());
        return "signal/imports";
    }
}
