package vn.motcua.signing.signer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;

/**
 * Where a PKCS#11 key is: the module library (e.g. {@code /usr/lib/softhsm/libsofthsm2.so} or a USB token's
 * driver), the slot (by slot id, or by index in the module's slot list when no id is given), the user PIN and the
 * key's alias (the label of the certificate and key on the token).
 *
 * <p>SunPKCS11 selects a token by slot, not by token label: find the slot id of a label with the vendor's tool
 * (e.g. {@code softhsm2-util --show-slots}, {@code pkcs11-tool -L}).
 */
public record Pkcs11Configuration(Path library, Long slot, Integer slotListIndex, char[] pin, String keyAlias) {

    public Pkcs11Configuration {
        Objects.requireNonNull(library, "PKCS#11 library is required");
        Objects.requireNonNull(pin, "PKCS#11 PIN is required");
        if (keyAlias == null || keyAlias.isBlank()) {
            throw new IllegalArgumentException("PKCS#11 key alias is required");
        }
        if (!Files.isReadable(library)) {
            throw new IllegalArgumentException("PKCS#11 library not found: " + library);
        }
        pin = pin.clone();
    }

    /** The same token with another key alias. */
    public Pkcs11Configuration withKeyAlias(String alias) {
        return new Pkcs11Configuration(library, slot, slotListIndex, pin, alias);
    }

    /** The SunPKCS11 configuration text of this token (without the key alias and PIN). */
    String sunPkcs11Config() {
        StringBuilder text = new StringBuilder("--name=motcua\nlibrary=").append(library.toAbsolutePath()).append('\n');
        if (slot != null) {
            text.append("slot=").append(slot).append('\n');
        } else {
            text.append("slotListIndex=").append(slotListIndex == null ? 0 : slotListIndex).append('\n');
        }
        return text.toString();
    }

    @Override
    public String toString() {
        return "Pkcs11Configuration[library=" + library + ", slot=" + slot + ", slotListIndex=" + slotListIndex
                + ", pin=[REDACTED], keyAlias=" + keyAlias + "]";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Pkcs11Configuration that && sunPkcs11Config().equals(that.sunPkcs11Config())
                && keyAlias.equals(that.keyAlias) && Arrays.equals(pin, that.pin);
    }

    @Override
    public int hashCode() {
        return Objects.hash(sunPkcs11Config(), keyAlias);
    }
}
