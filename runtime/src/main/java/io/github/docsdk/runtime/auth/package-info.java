/** ZC2-HMAC-SHA256 request signing (sign.md, signature v2) and the hashing it needs. */
package io.github.docsdk.runtime.auth;
