package org.crimegraph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Checks a whole input file's encoding before anything of it is written: one streaming pass with a
 * UTF-8 decoder set to report (not replace) malformed bytes, counting lines, that stops at the first
 * byte that is not UTF-8 or is NUL. Readers then stop at the start of that line, so what came before
 * loads and the reject names the line where the damage is. Memory is one 64 KB buffer.
 */
final class EncodingCheck {

    /**
     * The first place the file is not clean UTF-8 text.
     *
     * @param line      the 1-based line holding the bad byte
     * @param lineStart the offset of that line's first byte (readers stop there)
     * @param reason    what is wrong, in words
     */
    record Fault(long line, long lineStart, String reason) {
    }

    private EncodingCheck() {
    }

    /** The file's first fault, or null if it is all UTF-8 without NUL bytes. */
    static Fault scan(Path path) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.allocate(1 << 16);
        CharBuffer out = CharBuffer.allocate(1 << 16);
        in.limit(0);
        long offset = 0; // file offset of in's byte 0
        long line = 1;
        long lineStart = 0;
        try (InputStream stream = Files.newInputStream(path)) {
            boolean end = false;
            while (true) {
                if (!end) {
                    int n = stream.read(in.array(), in.limit(), in.capacity() - in.limit());
                    if (n < 0) {
                        end = true;
                    } else {
                        in.limit(in.limit() + n);
                    }
                }
                int from = in.position();
                CoderResult result = decoder.decode(in, out, end);
                out.clear();
                for (int i = from; i < in.position(); i++) {
                    byte b = in.get(i);
                    if (b == 0) {
                        return new Fault(line, lineStart, "NUL byte at line " + line + ": binary data in a text file");
                    }
                    if (b == '\n') {
                        line++;
                        lineStart = offset + i + 1;
                    }
                }
                if (result.isError()) {
                    return new Fault(line, lineStart, "not UTF-8 text at line " + line + ", byte "
                            + (offset + in.position() + 1) + " (save the file as UTF-8)");
                }
                if (end && !in.hasRemaining()) {
                    decoder.flush(out);
                    return null;
                }
                offset += in.position();
                in.compact();
                in.flip();
                if (in.limit() == in.capacity() && !end) {
                    throw new IllegalStateException("decoder made no progress");
                }
                // compact+flip leaves the unread bytes at 0..limit; read appends after them
            }
        } catch (IOException e) {
            throw new InputFileException(path + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** {@code in}, ending after {@code limit} bytes (or at its own end), for reading up to a fault. */
    static InputStream upTo(InputStream in, Fault fault) {
        if (fault == null) {
            return in;
        }
        return new java.io.FilterInputStream(in) {
            private long left = fault.lineStart();

            @Override
            public int read() throws IOException {
                if (left <= 0) {
                    return -1;
                }
                int b = super.read();
                if (b >= 0) {
                    left--;
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int off, int len) throws IOException {
                if (left <= 0) {
                    return -1;
                }
                int n = super.read(buffer, off, (int) Math.min(len, left));
                if (n > 0) {
                    left -= n;
                }
                return n;
            }

            @Override
            public long skip(long n) throws IOException {
                long skipped = super.skip(Math.min(n, left));
                left -= skipped;
                return skipped;
            }

            @Override
            public int available() throws IOException {
                return (int) Math.min(super.available(), left);
            }
        };
    }
}
