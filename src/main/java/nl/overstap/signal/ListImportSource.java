package nl.overstap.signal;

import java.io.IOException;
import java.io.InputStream;

/** The bytes of an uploaded list; opened twice (once to detect encoding and hash, once to read). */
@FunctionalInterface
public interface ListImportSource {

    InputStream open() throws IOException;
}
