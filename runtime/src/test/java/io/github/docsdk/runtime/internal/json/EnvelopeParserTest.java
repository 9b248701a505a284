package io.github.docsdk.runtime.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.docsdk.runtime.testing.TestModels.ImagesResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EnvelopeParserTest {

    private static Envelope<ImagesResponse> parse(String json) throws IOException {
        return EnvelopeParser.parse(json.getBytes(StandardCharsets.UTF_8), ImagesResponse::read);
    }

    @Test
    void successEnvelopeBindsTheResponseMember() throws IOException {
        Envelope<ImagesResponse> e = parse("{\"requestId\":\"T677\",\"extra\":{\"a\":[1,2]},"
                + "\"response\":{\"requestId\":\"T677\",\"totalCount\":3,\"images\":[{\"imageId\":\"i\",\"x\":1}]}}");
        assertThat(e.isError()).isFalse();
        assertThat(e.requestId()).isEqualTo("T677");
        assertThat(e.hasResponse()).isTrue();
        assertThat(e.response().totalCount).isEqualTo(3L);
        assertThat(e.response().images.get(0).imageId).isEqualTo("i");
    }

    @Test
    void errorEnvelopeFromResponseMd() throws IOException {
        Envelope<ImagesResponse> e = parse("{\n \"requestId\": \"T67723B59-F4D1-42EA-BDC1-5E67167FD8CC\",\n"
                + " \"code\": \"INVALID_ZONE_NOT_FOUND\",\n \"message\": \"The specified zoneId `SEL--A` is not found\"\n}");
        assertThat(e.isError()).isTrue();
        assertThat(e.code()).isEqualTo("INVALID_ZONE_NOT_FOUND");
        assertThat(e.requestId()).isEqualTo("T67723B59-F4D1-42EA-BDC1-5E67167FD8CC");
        assertThat(e.message()).isEqualTo("The specified zoneId `SEL--A` is not found");
        assertThat(e.hasResponse()).isFalse();
    }

    @Test
    void membersInAnyOrderAndNullResponse() throws IOException {
        Envelope<ImagesResponse> e = parse("{\"response\":null,\"requestId\":null}");
        assertThat(e.hasResponse()).isFalse();
        assertThat(e.requestId()).isNull();
        assertThat(parse("{\"response\":{},\"requestId\":\"r\"}").requestId()).isEqualTo("r");
    }

    @Test
    void notAnEnvelopeIsAnIoException() {
        assertThatThrownBy(() -> parse("<html>")).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> parse("[]")).isInstanceOf(IOException.class).hasMessageContaining("expected a JSON object");
        assertThatThrownBy(() -> parse("\"text\"")).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> parse("{\"requestId\":\"r\",\"response\":{")).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> parse("{\"a\":1}{\"b\":2}")).isInstanceOf(IOException.class).hasMessageContaining("after");
        assertThatThrownBy(() -> parse("{\"response\":{\"totalCount\":\"many\"}}")).isInstanceOf(IOException.class);
    }

    @Test
    void previewQuotesTheStartOfTheBodyOnOneLine() {
        assertThat(BodyPreview.of(new byte[0])).isEqualTo("<empty body>");
        assertThat(BodyPreview.of("<html>\n<body>x</body>".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("\"<html>\\n<body>x</body>\"");
        byte[] big = new byte[1000];
        java.util.Arrays.fill(big, (byte) 'a');
        assertThat(BodyPreview.of(big)).hasSize(BodyPreview.MAX_BYTES + 2 + " (1000 bytes)".length() + 3)
                .endsWith("... (1000 bytes)");
        // A multi-byte character cut at the limit does not produce garbage.
        byte[] cut = new byte[BodyPreview.MAX_BYTES + 1];
        java.util.Arrays.fill(cut, (byte) 'a');
        byte[] euro = "€".getBytes(StandardCharsets.UTF_8);
        System.arraycopy(euro, 0, cut, BodyPreview.MAX_BYTES - 1, 2);
        assertThat(BodyPreview.of(cut)).doesNotContain("€");
    }
}
