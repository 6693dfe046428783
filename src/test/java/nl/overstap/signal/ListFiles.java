package nl.overstap.signal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Random;

/** Builds list files for tests: valid BSNs, Dutch dates and the documented columns. */
final class ListFiles {

    static final DateTimeFormatter DUTCH = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    static final String RMC_HEADER =
            "BSN;Achternaam;Tussenvoegsel;Voornamen;Geboortedatum;Postcode;Huisnummer;Gemeente;School;BRIN;Opleiding;"
                    + "Datum uitschrijving;Reden";

    private ListFiles() {}

    /** A valid BSN built from 8 digits (the ninth is the check digit); null when no check digit fits. */
    static String bsnFrom(long eightDigits) {
        String body = String.format("%08d", eightDigits % 100_000_000L);
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (9 - i) * (body.charAt(i) - '0');
        }
        int check = sum % 11;
        if (check == 10) {
            return bsnFrom(eightDigits + 1);
        }
        String bsn = body + check;
        return "000000000".equals(bsn) ? bsnFrom(eightDigits + 1) : bsn;
    }

    /** A valid BSN with a leading zero (so Excel would drop it). */
    static String bsnWithLeadingZero(long seed) {
        return bsnFrom(seed % 10_000_000L);
    }

    static String birthDateAged(int years, LocalDate today) {
        return today.minusYears(years).minusDays(40).format(DUTCH);
    }

    /** One RMC row with the documented columns, separated by ';'. */
    static String rmcRow(String bsn, String family, String given, String birth, String municipality) {
        return String.join(
                ";",
                List.of(
                        bsn,
                        family,
                        "",
                        given,
                        birth,
                        "2511 AB",
                        "12",
                        municipality,
                        "ROC Mondriaan",
                        "25LX",
                        "Verzorgende IG",
                        LocalDate.now().minusDays(20).format(DUTCH),
                        "Geen startkwalificatie"));
    }

    /** A realistic RMC list of n rows, all valid, with unique people. */
    static String rmcList(int n, long seed) {
        Random random = new Random(seed);
        LocalDate today = LocalDate.now();
        StringBuilder csv = new StringBuilder(RMC_HEADER).append("\r\n");
        String[] places = {"Den Haag", "Delft", "Zoetermeer", "Westland", "Rijswijk", "'s-Gravenhage"};
        for (int i = 0; i < n; i++) {
            csv.append(rmcRow(
                            bsnFrom(seed * 1_000_003L + i * 7L),
                            "Achternaam" + seed + "x" + i,
                            "Voornaam" + (char) ('A' + random.nextInt(26)),
                            birthDateAged(16 + random.nextInt(11), today),
                            places[random.nextInt(places.length)]))
                    .append("\r\n");
        }
        return csv.toString();
    }
}
