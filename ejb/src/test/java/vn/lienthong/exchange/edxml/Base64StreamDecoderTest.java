package vn.lienthong.exchange.edxml;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Base64;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class Base64StreamDecoderTest {

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4, 57, 1000, 100_003})
    void decodesWhatTheJdkEncodesWhateverThePiecesItArrivesIn(int size) throws IOException {
        byte[] data = new byte[size];
        new Random(size).nextBytes(data);
        char[] text = Base64.getMimeEncoder().encodeToString(data).toCharArray();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Base64StreamDecoder decoder = new Base64StreamDecoder(out);

        for (int start = 0; start < text.length; start += 7) {
            assertThat(decoder.feed(text, start, Math.min(7, text.length - start))).isTrue();
        }

        assertThat(decoder.finish()).isTrue();
        assertThat(out.toByteArray()).isEqualTo(data);
        assertThat(decoder.decodedBytes()).isEqualTo(size);
    }

    @ParameterizedTest
    @ValueSource(strings = {"QUJ$", "QQ=A", "QUJD=", "QQ==QUJD", "=QUJ", "QUJDé"})
    void refusesWhatIsNotBase64(String text) throws IOException {
        Base64StreamDecoder decoder = new Base64StreamDecoder(OutputStream.nullOutputStream());
        boolean fed = decoder.feed(text.toCharArray(), 0, text.length());
        assertThat(fed && decoder.finish()).isFalse();
    }

    @Test
    void refusesATruncatedGroup() throws IOException {
        Base64StreamDecoder decoder = new Base64StreamDecoder(OutputStream.nullOutputStream());
        assertThat(decoder.feed("QUJDQ".toCharArray(), 0, 5)).isTrue();
        assertThat(decoder.finish()).isFalse();
    }
}
