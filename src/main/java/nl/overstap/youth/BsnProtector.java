package nl.overstap.youth;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Encrypts the BSN before it is stored (AES-256-GCM, random IV per value) and derives a keyed hash
 * (HMAC-SHA-256) for finding duplicates without decrypting. The key comes from configuration; only
 * demo mode may fall back to a fixed, public development key.
 */
@Component
public class BsnProtector {

    private static final Logger LOG = LoggerFactory.getLogger(BsnProtector.class);
    /** Development key for demo mode only; published in the source, so never for real data. */
    static final String DEMO_KEY = "b3ZlcnN0YXAtZGVtby1rZXktbm90LWZvci1yZWFsLWQ=";

    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKey key;
    private final SecretKey hashKey;
    private final SecureRandom random = new SecureRandom();

    BsnProtector(
            @Value("${overstap.crypto.bsn-key:}") String configuredKey,
            @Value("${overstap.demo.enabled}") boolean demo) {
        String base64 = configuredKey;
        if (base64.isBlank()) {
            if (!demo) {
                throw new IllegalStateException(
                        "OVERSTAP_BSN_KEY (base64, 32 bytes) must be set when demo mode is off");
            }
            LOG.warn("Using the public demo key for BSN encryption: demo mode only");
            base64 = DEMO_KEY;
        }
        byte[] raw = Base64.getDecoder().decode(base64);
        if (raw.length != 32) {
            throw new IllegalStateException("overstap.crypto.bsn-key must decode to 32 bytes");
        }
        this.key = new SecretKeySpec(raw, "AES");
        this.hashKey = new SecretKeySpec(hmac(new SecretKeySpec(raw, "HmacSHA256"), "bsn-hash"), "HmacSHA256");
    }

    public String encrypt(Bsn bsn) {
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            byte[] encrypted = cipher.doFinal(bsn.digits().getBytes(StandardCharsets.US_ASCII));
            return Base64.getEncoder()
                    .encodeToString(ByteBuffer.allocate(iv.length + encrypted.length)
                            .put(iv)
                            .put(encrypted)
                            .array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("BSN encryption failed", e);
        }
    }

    /** Decrypts and masks at once: the clear number never leaves this class. */
    public String decryptMasked(String stored) {
        try {
            byte[] all = Base64.getDecoder().decode(stored);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, IV_BYTES));
            byte[] clear = cipher.doFinal(all, IV_BYTES, all.length - IV_BYTES);
            return Bsn.mask(new String(clear, StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("BSN could not be decrypted", e);
        }
    }

    /** Keyed hash for duplicate detection; not reversible without the key. */
    public String hash(Bsn bsn) {
        return HexFormat.of().formatHex(hmac(hashKey, bsn.digits()));
    }

    private static byte[] hmac(SecretKey key, String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(value.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC failed", e);
        }
    }
}
