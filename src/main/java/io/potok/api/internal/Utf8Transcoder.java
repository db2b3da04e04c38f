package io.potok.api.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Re-encodes a UTF-8 byte stream into another charset as it is written, so that a streamed export keeps its
 * constant memory use. The byte-order mark is dropped, and characters the target charset lacks become its
 * replacement character. Closing it flushes the target but leaves the target stream open.
 */
final class Utf8Transcoder extends OutputStream {

    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    private final ByteBuffer pending = ByteBuffer.allocate(8192);
    private final CharBuffer chars = CharBuffer.allocate(8192);
    private final Writer target;

    Utf8Transcoder(OutputStream out, Charset charset) {
        this.target = new OutputStreamWriter(out, charset.newEncoder()
                .onUnmappableCharacter(CodingErrorAction.REPLACE)
                .onMalformedInput(CodingErrorAction.REPLACE));
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        int position = offset;
        int end = offset + length;
        while (position < end) {
            int chunk = Math.min(pending.remaining(), end - position);
            pending.put(bytes, position, chunk);
            position += chunk;
            drain(false);
        }
    }

    @Override
    public void close() throws IOException {
        drain(true);
        target.flush();
    }

    private void drain(boolean endOfInput) throws IOException {
        pending.flip();
        while (true) {
            var result = decoder.decode(pending, chars, endOfInput);
            emit();
            if (!result.isOverflow()) {
                break;
            }
        }
        pending.compact();
    }

    private void emit() throws IOException {
        chars.flip();
        while (chars.hasRemaining()) {
            char next = chars.get();
            if (next != '\uFEFF') {
                target.write(next);
            }
        }
        chars.clear();
    }
}
