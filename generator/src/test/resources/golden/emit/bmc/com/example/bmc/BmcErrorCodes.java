package com.example.bmc;

import io.github.docsdk.runtime.Generated;

/**
 * Error codes of the <code>bmc</code> service (API version <code>2022-11-20</code>) as documented, to compare with
 * {@code ZenlayerServiceException.code()}. The service may return codes not listed here.
 */
@Generated("io.github.docsdk")
public final class BmcErrorCodes {
    /**
     * HTTP 401: 签名错误。
     *
     * <p>Common to every action.
     */
    public static final String AUTHFAILURE_SIGNATURE_FAILURE = "AUTHFAILURE_SIGNATURE_FAILURE";

    /**
     * HTTP 404: 指定的机型不存在。
     *
     * <p>Documented by: <code>DescribeImages</code>.
     */
    public static final String INVALID_INSTANCE_TYPE_NOT_FOUND = "INVALID_INSTANCE_TYPE_NOT_FOUND";

    /**
     * HTTP 400: 可用区不存在。
     *
     * <p>Common to every action.
     *
     * <p>Documented by: <code>CreateInstances</code>.
     */
    public static final String INVALID_ZONE = "INVALID_ZONE";

    /**
     * HTTP 403: 余额不足。
     *
     * <p>Documented by: <code>CreateInstances</code>.
     */
    public static final String OPERATION_DENIED_INSUFFICIENT_BALANCE = "OPERATION_DENIED_INSUFFICIENT_BALANCE";

    private BmcErrorCodes() {
    }
}
