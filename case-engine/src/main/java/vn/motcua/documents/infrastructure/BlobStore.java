package vn.motcua.documents.infrastructure;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * Files named by their content: {@code <root>/sha256/ab/cd/<64 hex digits>}. A file arrives in
 * {@code <root>/incoming} (same file system, so the final move is atomic), is checked by the caller, then moved to its
 * address; content already there is kept once. Reads check the bytes against their name before handing them out.
 * Pure Java: every node that mounts the same root sees the same files.
 */
public final class BlobStore {

    private static final int BUFFER = 64 * 1024;

    private final Path root;
    private final Path incoming;

    public BlobStore(Path root) {
        this.root = Objects.requireNonNull(root, "root is required").toAbsolutePath().normalize();
        this.incoming = this.root.resolve("incoming");
    }

    /** The stored bytes do not match their checksum, or are missing. */
    public static final class CorruptBlobException extends IOException {
        CorruptBlobException(String message) {
            super(message);
        }
    }

    /** A received file not yet stored; closing it deletes it unless it was {@linkplain #keep kept}. */
    public static final class Incoming implements AutoCloseable {
        private final Path file;
        private final String sha256;
        private final long size;
        private final boolean overLimit;

        private Incoming(Path file, String sha256, long size, boolean overLimit) {
            this.file = file;
            this.sha256 = sha256;
            this.size = size;
            this.overLimit = overLimit;
        }

        public Path file() {
            return file;
        }

        /** The checksum, lower-case hexadecimal; null when the file was over the limit. */
        public String sha256() {
            return sha256;
        }

        public long size() {
            return size;
        }

        /** Whether the content was longer than the limit (then only the limit plus one byte were read). */
        public boolean overLimit() {
            return overLimit;
        }

        @Override
        public void close() throws IOException {
            Files.deleteIfExists(file);
        }
    }

    /** Copies {@code content} to an incoming file, reading at most {@code limit + 1} bytes. */
    public Incoming receive(InputStream content, long limit) throws IOException {
        Files.createDirectories(incoming);
        Path file = Files.createTempFile(incoming, "upload-", ".part");
        try {
            MessageDigest digest = sha256Digest();
            long size = 0;
            byte[] buffer = new byte[BUFFER];
            try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.TRUNCATE_EXISTING)) {
                int read;
                while (size <= limit && (read = content.read(buffer, 0, (int) Math.min(buffer.length, limit + 1 - size))) != -1) {
                    out.write(buffer, 0, read);
                    digest.update(buffer, 0, read);
                    size += read;
                }
            }
            boolean overLimit = size > limit;
            return new Incoming(file, overLimit ? null : HexFormat.of().formatHex(digest.digest()), size, overLimit);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
    }

    /**
     * Moves a received file to its content address. When the address already holds these bytes, they stay and the
     * received copy is dropped; when it holds other bytes (damaged on disk), the received copy replaces them.
     */
    public void keep(Incoming received) throws IOException {
        if (received.overLimit()) {
            throw new IllegalStateException("a file over the limit is never kept");
        }
        Path target = pathOf(received.sha256());
        Files.createDirectories(target.getParent());
        if (Files.exists(target) && holds(target, received.sha256(), received.size())) {
            Files.deleteIfExists(received.file());
            return;
        }
        try {
            Files.move(received.file(), target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(received.file(), target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * Opens stored bytes after checking that they still have this checksum and size. The returned stream checks
     * them again as they are read and fails at the end if they changed in between.
     */
    public InputStream openVerified(String sha256, long size) throws IOException {
        Path file = pathOf(sha256);
        FileChannel channel;
        try {
            channel = FileChannel.open(file, StandardOpenOption.READ);
        } catch (NoSuchFileException e) {
            throw new CorruptBlobException("stored file " + sha256 + " is missing");
        }
        try {
            if (channel.size() != size || !sha256.equals(digestOf(Channels.newInputStream(channel)))) {
                throw new CorruptBlobException("stored file " + sha256 + " does not match its checksum");
            }
            channel.position(0);
            return new VerifyingInputStream(Channels.newInputStream(channel), sha256);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /** Where content with this checksum lives. */
    public Path pathOf(String sha256) {
        if (sha256 == null || sha256.length() != 64 || !sha256.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
            throw new IllegalArgumentException("not a SHA-256 checksum");
        }
        return root.resolve("sha256").resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
    }

    private static boolean holds(Path file, String sha256, long size) throws IOException {
        if (Files.size(file) != size) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            return sha256.equals(digestOf(in));
        }
    }

    /** Reads the stream to its end (without closing it) and returns its SHA-256. */
    private static String digestOf(InputStream in) throws IOException {
        MessageDigest digest = sha256Digest();
        byte[] buffer = new byte[BUFFER];
        int read;
        while ((read = in.read(buffer)) != -1) {
            digest.update(buffer, 0, read);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256Digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Hashes what is read and fails at the end of the stream if the bytes were not the expected ones. */
    private static final class VerifyingInputStream extends FilterInputStream {
        private final String expected;
        private boolean checked;

        VerifyingInputStream(InputStream in, String expected) {
            super(new DigestInputStream(in, sha256Digest()));
            this.expected = expected;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b == -1) {
                check();
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n == -1) {
                check();
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            throw new IOException("verified content is read, not skipped");
        }

        @Override
        public boolean markSupported() {
            return false;
        }

        private void check() throws IOException {
            if (checked) {
                return;
            }
            checked = true;
            String actual = HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
            if (!expected.equals(actual)) {
                throw new CorruptBlobException("stored file " + expected + " changed while it was read");
            }
        }
    }
}
