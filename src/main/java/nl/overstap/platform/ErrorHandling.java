package nl.overstap.platform;

import jakarta.servlet.http.HttpServletResponse;
import nl.overstap.shared.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Dutch error pages without stack traces. Unknown and forbidden ids are the same 404. The last
 * resort logs the exception type and a reference only: never request data or personal data.
 */
@ControllerAdvice
class ErrorHandling {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorHandling.class);

    @ExceptionHandler({
        NotFoundException.class,
        MethodArgumentTypeMismatchException.class,
        MissingServletRequestParameterException.class
    })
    ModelAndView notFound(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        return new ModelAndView("error/404");
    }

    @ExceptionHandler({OptimisticLockingFailureException.class, DuplicateKeyException.class})
    ModelAndView conflict(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_CONFLICT);
        return new ModelAndView("error/409");
    }

    @ExceptionHandler(Exception.class)
    ModelAndView lastResort(Exception exception, HttpServletResponse response) {
        if (exception instanceof org.springframework.web.ErrorResponse known) {
            int status = known.getStatusCode().value();
            response.setStatus(status);
            return new ModelAndView(status == HttpServletResponse.SC_NOT_FOUND ? "error/404" : "error/400");
        }
        String reference = java.util.UUID.randomUUID().toString().substring(0, 8);
        Throwable root = exception;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        LOG.error(
                "Unhandled {} caused by {} (reference {})",
                exception.getClass().getName(),
                root.getClass().getName(),
                reference);
        response.setStatus(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
        ModelAndView view = new ModelAndView("error/500");
        view.addObject("reference", reference);
        return view;
    }
}
