package vn.motcua.audit.domain;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hash of an audit entry: SHA-256, in lower-case hex, over a canonical serialisation of the sequence number, the
 * previous entry's hash and every fact. Each field is written as its UTF-8 byte length in decimal, a colon, the bytes
 * and a semicolon; a missing value is written as {@code -;}. The length prefix makes the serialisation unambiguous:
 * no two different entries serialise to the same bytes, whatever characters their texts contain. The time is the
 * ISO-8601 instant in UTC ({@code 2026-11-21T03:04:05Z}).
 */
public final class AuditHash {

    /** The "previous hash" of the first entry. */
    public static final String GENESIS = "0".repeat(64);

    private static final String FORMAT = "motcua-audit-v1";

    private AuditHash() {
    }

    public static String of(long sequence, AuditFacts facts, String previousHash) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(512);
        field(out, FORMAT);
        field(out, Long.toString(sequence));
        field(out, previousHash);
        field(out, facts.occurredAt() == null ? null : facts.occurredAt().toString());
        field(out, facts.actorUsername());
        field(out, facts.actorKind());
        field(out, facts.actorUnit());
        field(out, facts.clientAddress());
        field(out, facts.action());
        field(out, facts.objectType());
        field(out, facts.objectCode());
        field(out, facts.beforeSummary());
        field(out, facts.afterSummary());
        field(out, facts.reason());
        return HexFormat.of().formatHex(sha256().digest(out.toByteArray()));
    }

    private static void field(ByteArrayOutputStream out, String value) {
        if (value == null) {
            out.writeBytes("-;".getBytes(StandardCharsets.US_ASCII));
            return;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.writeBytes((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(bytes);
        out.write(';');
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
