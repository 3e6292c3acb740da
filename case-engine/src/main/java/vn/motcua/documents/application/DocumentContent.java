package vn.motcua.documents.application;

import java.io.IOException;
import java.io.InputStream;

/**
 * The bytes of a stored document, checked against its checksum before this was handed out (and checked again as
 * they are read: a file changed in between ends the stream with an error instead of its last bytes). Close it.
 */
public record DocumentContent(StoredDocument document, InputStream bytes) implements AutoCloseable {

    @Override
    public void close() throws IOException {
        bytes.close();
    }
}
