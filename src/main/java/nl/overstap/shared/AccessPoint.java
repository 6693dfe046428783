package nl.overstap.shared;

/**
 * Where a request came from, as the access log records it: the client IP and a hash of the session
 * id (never the session token itself), plus a request id for correlation.
 */
public record AccessPoint(String clientIp, String sessionHash, String requestId) {

    public static final AccessPoint SYSTEM = new AccessPoint("system", "system", "system");
}
