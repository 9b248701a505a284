package io.github.docsdk.runtime.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.docsdk.runtime.testing.SignatureVerifier;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The signer against the figures printed in sign.md, and against the independent verifier the test
 * servers use. sign.md masks its secret key and mixes three timestamps, so its canonical-request hash
 * and final signature cannot be reproduced; the checks below use every figure it gives in full.
 */
class Zc2SignerTest {
    /** The example body of sign.md. */
    private static final byte[] DOC_PAYLOAD = "{\"pageSize\":10,\"pageNum\":1,\"zoneId\":\"HKG-A\"}"
            .getBytes(StandardCharsets.UTF_8);

    @Test
    void payloadHashMatchesTheDocumentedFigure() {
        assertThat(Zc2Signer.payloadHash(DOC_PAYLOAD))
                .isEqualTo("5f714687ba91c606d503467766151206392474accd137ffea6dce2420b67c29a");
    }

    @Test
    void canonicalHeadersMatchTheDocumentedExample() {
        // sign.md: "此示例计算结果是 content-type:application/json; charset=utf-8\nhost:example.com"
        assertThat(Zc2Signer.canonicalHeaders("application/json; charset=utf-8", "example.com"))
                .isEqualTo("content-type:application/json; charset=utf-8\nhost:example.com\n");
    }

    @Test
    void canonicalHeaderValuesAreLowercasedAndTrimmed() {
        assertThat(Zc2Signer.canonicalHeaders("  Application/JSON; Charset=UTF-8 ", "Example.COM:8443"))
                .isEqualTo("content-type:application/json; charset=utf-8\nhost:example.com:8443\n");
    }

    @Test
    void canonicalRequestFollowsTheDocumentedLayout() {
        String canonical = Zc2Signer.canonicalRequest("application/json; charset=utf-8", "example.com",
                Zc2Signer.payloadHash(DOC_PAYLOAD));
        // Method, URI "/", empty query, canonical headers (each ending in \n), signed headers, payload hash.
        assertThat(canonical.split("\n", -1)).containsExactly(
                "POST",
                "/",
                "",
                "content-type:application/json; charset=utf-8",
                "host:example.com",
                "",
                "content-type;host",
                "5f714687ba91c606d503467766151206392474accd137ffea6dce2420b67c29a");
    }

    @Test
    void stringToSignHasAlgorithmTimestampAndHashedCanonicalRequest() {
        String canonical = "POST\n/\n\ncontent-type:application/json\nhost:h\n\ncontent-type;host\nabc";
        String sts = Zc2Signer.stringToSign(1675318358L, canonical);
        assertThat(sts.split("\n", -1)).containsExactly("ZC2-HMAC-SHA256", "1675318358",
                SignatureVerifier.sha256(canonical.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void authorizationHeaderFollowsTheDocumentedFormat() {
        // sign.md's example values: AccessKeyId 0D9UtpyKYcHxms5v, SignedHeaders content-type;host.
        String sig = "4281c8845a9b817e6226108ca93e68d64227d70da26999a4ee8938d14599ea33";
        assertThat(Zc2Signer.authorization("0D9UtpyKYcHxms5v", sig)).isEqualTo(
                "ZC2-HMAC-SHA256 Credential=0D9UtpyKYcHxms5v, SignedHeaders=content-type;host, Signature=" + sig);
    }

    @Test
    void signatureIsHexHmacOfTheStringToSignKeyedByThePassword() {
        String sts = "ZC2-HMAC-SHA256\n1673361177\n36c8692f0d1104c0624b2e4dddbc446baa97f1cbb0acfbb9f5cc3b6f41ce2b3c";
        String password = "Gu5t9xGARNpq86cd98joQYCN3abcdefg";
        assertThat(Zc2Signer.signature(password, sts)).isEqualTo(SignatureVerifier.hmac(password, sts))
                .matches("[0-9a-f]{64}");
        // Re-keying per thread must not leak the previous key into the next signature.
        assertThat(Zc2Signer.signature("other", sts)).isEqualTo(SignatureVerifier.hmac("other", sts));
        assertThat(Zc2Signer.signature(password, sts)).isEqualTo(SignatureVerifier.hmac(password, sts));
    }

    @Test
    void signedRequestPassesTheIndependentVerifier() {
        long now = System.currentTimeMillis() / 1000;
        String contentType = "application/json; charset=utf-8";
        String authorization = Zc2Signer.sign("AKID1", "pw-1", contentType, "127.0.0.1:8080",
                Zc2Signer.payloadHash(DOC_PAYLOAD), now);
        Map<String, String> headers = Map.of(
                "authorization", authorization,
                "content-type", contentType,
                "host", "127.0.0.1:8080",
                "x-zc-timestamp", Long.toString(now),
                "x-zc-signature-method", "ZC2-HMAC-SHA256");
        assertThat(new SignatureVerifier("AKID1", "pw-1").verify(headers, DOC_PAYLOAD)).isNull();
        assertThat(new SignatureVerifier("AKID1", "wrong").verify(headers, DOC_PAYLOAD)).isEqualTo("signature mismatch");
        byte[] tampered = "{\"pageSize\":11,\"pageNum\":1,\"zoneId\":\"HKG-A\"}".getBytes(StandardCharsets.UTF_8);
        assertThat(new SignatureVerifier("AKID1", "pw-1").verify(headers, tampered)).isEqualTo("signature mismatch");
    }

    @Test
    void perHostSignerGivesTheStraightforwardSignatureCallAfterCall() {
        String contentType = "application/json; charset=utf-8";
        String host = "127.0.0.1:8080";
        Zc2Signer.ForHost signer = Zc2Signer.forHost(contentType, host);
        // Keys change, come back (an equal key in a new String), and hold non-ASCII text: the per-thread Mac
        // must be re-keyed exactly when the key bytes change.
        String[] passwords = {"pw-1", "pw-1", "pw-2", new String("pw-1".toCharArray()), "pw-\u00e9\u4e2d", "pw-2"};
        long timestamp = 1675318358L;
        for (int i = 0; i < passwords.length; i++) {
            byte[] body = ("{\"pageNum\":" + i + "}").getBytes(StandardCharsets.UTF_8);
            String payloadHash = Zc2Signer.payloadHash(body);
            long ts = timestamp + i;
            String expectedSignature = SignatureVerifier.hmac(passwords[i], Zc2Signer.ALGORITHM + "\n" + ts + "\n"
                    + SignatureVerifier.sha256(Zc2Signer.canonicalRequest(contentType, host, payloadHash)
                            .getBytes(StandardCharsets.UTF_8)));
            String authorization = signer.sign("AKID" + i, passwords[i], payloadHash, ts);
            assertThat(authorization)
                    .isEqualTo(Zc2Signer.sign("AKID" + i, passwords[i], contentType, host, payloadHash, ts))
                    .isEqualTo(Zc2Signer.authorization("AKID" + i, expectedSignature));
        }
    }

    @Test
    void hexIsLowercaseTwoDigitsPerByte() {
        assertThat(Hashing.hex(new byte[] {0, 15, (byte) 0xAB, (byte) 0xFF})).isEqualTo("000fabff");
    }
}
