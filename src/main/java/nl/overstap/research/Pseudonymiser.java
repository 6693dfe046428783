package nl.overstap.research;

import java.nio.ByteBuffer;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Pseudonyms for one export: HMAC-SHA256 of the youth's internal id under a random 32-byte key that
 * lives only as long as this object and is never stored or logged. Within one export a youth keeps
 * one pseudonym (several trajectories of the same youth can be linked); two exports have unrelated
 * pseudonyms, so exports cannot be joined and nobody can turn a pseudonym back into a youth. The
 * pseudonym is the first 96 bits of the MAC in URL-safe Base64 (16 characters): collisions are
 * negligible for a national export. Not thread-safe: one per export.
 */
final class Pseudonymiser {

    private static final String ALGORITHM = "HmacSHA256";
    static final int KEY_BYTES = 32;
    private static final int PSEUDONYM_BYTES = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Mac mac;

    private Pseudonymiser(byte[] key) {
        try {
            mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key, ALGORITHM));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 not available", e);
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    /** A pseudonymiser with a fresh random key. */
    static Pseudonymiser fresh() {
        byte[] key = new byte[KEY_BYTES];
        RANDOM.nextBytes(key);
        return new Pseudonymiser(key);
    }

    /** The youth's pseudonym in this export. */
    String of(UUID youthId) {
        ByteBuffer bytes = ByteBuffer.allocate(16);
        bytes.putLong(youthId.getMostSignificantBits()).putLong(youthId.getLeastSignificantBits());
        byte[] digest = mac.doFinal(bytes.array());
        return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, PSEUDONYM_BYTES));
    }
}
