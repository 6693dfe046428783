package nl.overstap.signal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.overstap.shared.Municipality;
import org.jspecify.annotations.Nullable;

/**
 * Maps the municipality names offices type to the region's {@link Municipality}: official names,
 * common spellings ("'s-Gravenhage", "Den Haag", "The Hague") and the larger places within each
 * municipality (Voorburg, Naaldwijk, Nootdorp...). Case, accents, spaces and punctuation do not matter.
 * Anything else is unknown: the row is rejected, because a youth outside the region belongs to another
 * region's approach and a typing error must be fixed, not hidden under "other".
 */
final class ImportMunicipalities {

    private static final Pattern NOT_LETTER = Pattern.compile("[^a-z0-9]");
    private static final Pattern MARKS = Pattern.compile("\\p{M}");

    private static final Map<String, Municipality> NAMES = Map.ofEntries(
            Map.entry("denhaag", Municipality.DEN_HAAG),
            Map.entry("sgravenhage", Municipality.DEN_HAAG),
            Map.entry("gravenhage", Municipality.DEN_HAAG),
            Map.entry("thehague", Municipality.DEN_HAAG),
            Map.entry("scheveningen", Municipality.DEN_HAAG),
            Map.entry("loosduinen", Municipality.DEN_HAAG),
            Map.entry("rijswijk", Municipality.RIJSWIJK),
            Map.entry("rijswijkzh", Municipality.RIJSWIJK),
            Map.entry("rijswijkzuidholland", Municipality.RIJSWIJK),
            Map.entry("leidschendamvoorburg", Municipality.LEIDSCHENDAM_VOORBURG),
            Map.entry("leidschendam", Municipality.LEIDSCHENDAM_VOORBURG),
            Map.entry("voorburg", Municipality.LEIDSCHENDAM_VOORBURG),
            Map.entry("stompwijk", Municipality.LEIDSCHENDAM_VOORBURG),
            Map.entry("delft", Municipality.DELFT),
            Map.entry("wassenaar", Municipality.WASSENAAR),
            Map.entry("zoetermeer", Municipality.ZOETERMEER),
            Map.entry("pijnackernootdorp", Municipality.PIJNACKER_NOOTDORP),
            Map.entry("pijnacker", Municipality.PIJNACKER_NOOTDORP),
            Map.entry("nootdorp", Municipality.PIJNACKER_NOOTDORP),
            Map.entry("delfgauw", Municipality.PIJNACKER_NOOTDORP),
            Map.entry("middendelfland", Municipality.MIDDEN_DELFLAND),
            Map.entry("maasland", Municipality.MIDDEN_DELFLAND),
            Map.entry("schipluiden", Municipality.MIDDEN_DELFLAND),
            Map.entry("denhoorn", Municipality.MIDDEN_DELFLAND),
            Map.entry("westland", Municipality.WESTLAND),
            Map.entry("naaldwijk", Municipality.WESTLAND),
            Map.entry("monster", Municipality.WESTLAND),
            Map.entry("wateringen", Municipality.WESTLAND),
            Map.entry("sgravenzande", Municipality.WESTLAND),
            Map.entry("delier", Municipality.WESTLAND),
            Map.entry("honselersdijk", Municipality.WESTLAND),
            Map.entry("poeldijk", Municipality.WESTLAND),
            Map.entry("kwintsheul", Municipality.WESTLAND));

    private ImportMunicipalities() {}

    static Optional<Municipality> find(@Nullable String name) {
        if (name == null) {
            return Optional.empty();
        }
        String key = normalise(name);
        if (key.startsWith("gemeente")) {
            key = key.substring("gemeente".length());
        }
        return Optional.ofNullable(NAMES.get(key));
    }

    /** Lower case, without accents and without anything but letters and digits. */
    static String normalise(String text) {
        StringBuilder ascii = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 128) {
                return normaliseUnicode(text);
            }
            char lower = Character.toLowerCase(c);
            if ((lower >= 'a' && lower <= 'z') || (lower >= '0' && lower <= '9')) {
                ascii.append(lower);
            }
        }
        return ascii.toString();
    }

    /** The slow path for text with accents or other non-ASCII letters. */
    private static String normaliseUnicode(String text) {
        String decomposed = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        return NOT_LETTER.matcher(MARKS.matcher(decomposed).replaceAll("")).replaceAll("");
    }
}
