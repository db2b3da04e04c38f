package io.potok.catalogs.internal.imports;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Guesses the text encoding of a CSV file: a UTF-8 byte-order mark means UTF-8, bytes that decode as UTF-8
 * mean UTF-8, and anything else is taken as windows-1251, the encoding Russian Excel saves CSV in.
 */
final class EncodingDetection {

    static final Charset WINDOWS_1251 = Charset.forName("windows-1251");
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private EncodingDetection() {
    }

    static Charset detect(byte[] content) {
        if (hasUtf8Bom(content) || isValidUtf8(content)) {
            return StandardCharsets.UTF_8;
        }
        return WINDOWS_1251;
    }

    /** Decodes the content, dropping a UTF-8 byte-order mark; bytes invalid in the encoding become U+FFFD. */
    static String decode(byte[] content, Charset encoding) {
        int start = StandardCharsets.UTF_8.equals(encoding) && hasUtf8Bom(content) ? UTF8_BOM.length : 0;
        return new String(content, start, content.length - start, encoding);
    }

    static boolean hasUtf8Bom(byte[] content) {
        return content.length >= UTF8_BOM.length && content[0] == UTF8_BOM[0] && content[1] == UTF8_BOM[1]
                && content[2] == UTF8_BOM[2];
    }

    private static boolean isValidUtf8(byte[] content) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content));
            return true;
        } catch (CharacterCodingException invalid) {
            return false;
        }
    }
}
