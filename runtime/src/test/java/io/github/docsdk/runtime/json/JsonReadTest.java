package io.github.docsdk.runtime.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.docsdk.runtime.ZenlayerClientException;
import io.github.docsdk.runtime.internal.PlainJson;
import io.github.docsdk.runtime.testing.TestModels.ImagesResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonReadTest {
    private static <T> T read(String json, JsonReader<T> reader) throws IOException {
        return JsonCore.readDocument(JsonCore.parser(json), reader);
    }

    @Test
    void integersOutOfRangeNameTheMemberPath() {
        assertThatThrownBy(() -> read("{\"images\":[{\"imageId\":\"a\"}],\"totalCount\":18446744073709551615}",
                ImagesResponse::read))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("totalCount: 18446744073709551615 is out of range for a 64-bit integer");
        assertThatThrownBy(() -> read("{\"totalCount\":1.5}", ImagesResponse::read))
                .hasMessageContaining("totalCount: 1.5 is not a whole number");
        assertThatThrownBy(() -> read("{\"images\":[{\"imageId\":{}}]}", ImagesResponse::read))
                .hasMessageContaining("images[0].imageId: expected a string, found an object");
    }

    @Test
    void scalarsAreReadAsDataBindingReadThem() throws IOException {
        assertThat(read("\"42\"", JsonRead::int64)).isEqualTo(42L);
        assertThat(read("2.0", JsonRead::int64)).isEqualTo(2L);
        assertThat(read("-9223372036854775808", JsonRead::int64)).isEqualTo(Long.MIN_VALUE);
        assertThat(read("12", JsonRead::string)).isEqualTo("12");
        assertThat(read("\"true\"", JsonRead::bool)).isTrue();
        assertThat(read("1e2", JsonRead::float64)).isEqualTo(100.0);
        assertThat(read("0.10", JsonRead::decimal)).isEqualTo(new BigDecimal("0.10"));
        assertThatThrownBy(() -> read("1e400", JsonRead::float64)).hasMessageContaining("out of range for a double");
        assertThatThrownBy(() -> read("\"many\"", JsonRead::int64)).hasMessageContaining("expected an integer");
        assertThatThrownBy(() -> read("1", JsonRead::bool)).hasMessageContaining("expected a boolean");
    }

    @Test
    void knownValuesAreTheConstantsThemselves() throws IOException {
        String centos = "centos";
        KnownValues values = KnownValues.of("ubuntu", centos);
        List<String> read = read("[\"centos\",\"centos\",\"freebsd\",null]", p -> JsonRead.list(p, values));
        assertThat(read).containsExactly("centos", "centos", "freebsd");
        assertThat(read.get(0)).isSameAs(centos);
        assertThat(read.get(1)).isSameAs(centos);
    }

    @Test
    void plainValuesKeepNumbersExactAndRefuseDuplicateKeys() throws IOException {
        Object value = read("{\"a\":[1,2.50,true,null,{\"b\":\"c\"}],\"big\":123456789012345678901234}",
                PlainJson::read);
        assertThat(value).isEqualTo(Map.of("a", java.util.Arrays.asList(1L, new BigDecimal("2.50"), true, null,
                Map.of("b", "c")), "big", new BigDecimal("123456789012345678901234")));
        assertThatThrownBy(() -> read("{\"x\":{\"a\":1,\"a\":2}}", PlainJson::read))
                .hasMessageContaining("Duplicate field 'a'");
        assertThatThrownBy(() -> read("{\"totalCount\":1,\"totalCount\":1}", ImagesResponse::read))
                .hasMessageContaining("Duplicate field 'totalCount'");
    }

    @Test
    void documentsAreWholeAndBounded() {
        assertThatThrownBy(() -> read("{} {}", PlainJson::read)).hasMessageContaining("unexpected content after");
        assertThatThrownBy(() -> read("", PlainJson::read)).hasMessageContaining("no JSON value");
        String deep = "[".repeat(JsonCore.MAX_NESTING_DEPTH + 1) + "]".repeat(JsonCore.MAX_NESTING_DEPTH + 1);
        assertThatThrownBy(() -> read(deep, PlainJson::read)).hasMessageContaining("nesting depth");
    }

    @Test
    void fromTextIsATypedErrorNamingTheModel() {
        assertThatThrownBy(() -> JsonRead.fromText("{\"totalCount\":\"x\"}", ImagesResponse::read, "ImagesResponse"))
                .isInstanceOf(ZenlayerClientException.class)
                .hasMessageStartingWith("could not read ImagesResponse from JSON: totalCount: expected an integer");
    }

    @Test
    void writersLeaveOutNullsAndWriteCompactJson() {
        String json = JsonCore.toText(g -> {
            g.writeStartObject();
            JsonWrite.field(g, "a", (String) null);
            JsonWrite.field(g, "b", java.util.Arrays.asList("x", null, "y"));
            JsonWrite.field(g, "c", 7L);
            JsonWrite.fields(g, Map.of("d", List.of(1, "z")));
            g.writeEndObject();
        });
        assertThat(json).isEqualTo("{\"b\":[\"x\",\"y\"],\"c\":7,\"d\":[1,\"z\"]}");
    }
}
