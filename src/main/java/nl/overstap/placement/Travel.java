package nl.overstap.placement;

/**
 * Distance and an estimate of travel time between two points, without any network call (ADR 0014).
 * The distance is the great-circle (haversine) distance; the travel time assumes a route 1.3 times
 * as long as the straight line, covered at 30 km/h on average (bike, tram, bus and train in an
 * urban region, with waiting), plus 5 minutes to get going (walk to the stop, park the bike).
 */
public final class Travel {

    /** Mean radius of the earth in km. */
    static final double EARTH_KM = 6371.0;
    /** Route length per km as the crow flies. */
    static final double DETOUR = 1.3;
    /** Minutes per km of route: 30 km/h. */
    static final double MINUTES_PER_KM = 2.0;
    /** Fixed minutes to get going. */
    static final int OVERHEAD_MINUTES = 5;

    private Travel() {}

    /** A point in WGS84 degrees. */
    public record Point(double latitude, double longitude) {}

    /** Straight-line kilometres and estimated minutes of travel. */
    public record Distance(double km, int minutes) {}

    public static Distance between(Point a, Point b) {
        double km = haversineKm(a, b);
        return new Distance(km, minutes(km));
    }

    static double haversineKm(Point a, Point b) {
        double lat1 = Math.toRadians(a.latitude());
        double lat2 = Math.toRadians(b.latitude());
        double dLat = lat2 - lat1;
        double dLon = Math.toRadians(b.longitude() - a.longitude());
        double h = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(lat1) * Math.cos(lat2) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_KM * Math.asin(Math.min(1.0, Math.sqrt(h)));
    }

    /** Estimated door-to-door minutes for a straight-line distance. */
    static int minutes(double km) {
        return OVERHEAD_MINUTES + (int) Math.round(km * DETOUR * MINUTES_PER_KM);
    }

    /** The largest straight-line distance that still fits in {@code minutes} of travel (for a bounding box). */
    static double maxKm(int minutes) {
        return Math.max(0.0, (minutes - OVERHEAD_MINUTES + 0.5) / (DETOUR * MINUTES_PER_KM));
    }
}
