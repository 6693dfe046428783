package nl.overstap.audit;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import nl.overstap.shared.AccessPoint;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Reads the access point of the current HTTP request: client IP, a SHA-256 of the session id (the
 * raw id is never stored) and a request id kept on the request for correlation.
 */
@Component
class AccessPointResolver {

    static final String REQUEST_ID = AccessPointResolver.class.getName() + ".requestId";

    AccessPoint current() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (!(attributes instanceof ServletRequestAttributes servlet)) {
            return AccessPoint.SYSTEM;
        }
        HttpServletRequest request = servlet.getRequest();
        HttpSession session = request.getSession(false);
        String sessionHash = session == null ? "none" : sha256(session.getId());
        Object requestId = request.getAttribute(REQUEST_ID);
        if (requestId == null) {
            requestId = UUID.randomUUID().toString();
            request.setAttribute(REQUEST_ID, requestId);
        }
        return new AccessPoint(request.getRemoteAddr(), sessionHash, requestId.toString());
    }

    static String sha256(String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
