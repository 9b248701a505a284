package io.github.docsdk.mock;

import io.github.docsdk.spec.ErrorCode;
import java.util.Map;

/**
 * The codes of {@code api-introduction/instruction/commonerrorcode.md} with the statuses that page
 * gives; the mock raises some itself and scripts may name any of them. A model's own common-error table, when present, wins.
 */
final class CommonErrors {

  static final String INTERNAL_SERVER_ERROR = "INTERNAL_SERVER_ERROR";
  static final String INVALID_AUTHORIZATION = "AUTHFAILURE_INVALID_AUTHORIZATION";
  static final String SIGNATURE_FAILURE = "AUTHFAILURE_SIGNATURE_FAILURE";
  static final String UNAUTHORIZED_OPERATION = "AUTHFAILURE_UNAUTHORIZED_OPERATION";
  static final String SIGNATURE_EXPIRED = "AUTHFAILURE_SIGNATURE_EXPIRED";
  static final String MISSING_PARAMETER = "MISSING_PARAMETER";
  static final String INVALID_PARAMETER_TYPE = "INVALID_PARAMETER_TYPE";
  static final String INVALID_PARAMETER_VALUE = "INVALID_PARAMETER_VALUE";
  static final String INVALID_PARAMETER_DATE_FORMAT_ERROR = "INVALID_PARAMETER_DATE_FORMAT_ERROR";
  static final String SERVICE_TEMPORARY_UNAVAILABLE = "SERVICE_TEMPORARY_UNAVAILABLE";

  private static final Map<String, Integer> STATUS =
      Map.ofEntries(
          Map.entry(INTERNAL_SERVER_ERROR, 500),
          Map.entry(SERVICE_TEMPORARY_UNAVAILABLE, 503),
          Map.entry("REQUEST_TIMED_OUT", 503),
          Map.entry(INVALID_AUTHORIZATION, 401),
          Map.entry(SIGNATURE_FAILURE, 401),
          Map.entry(UNAUTHORIZED_OPERATION, 401),
          Map.entry(SIGNATURE_EXPIRED, 401),
          Map.entry(MISSING_PARAMETER, 400),
          Map.entry(INVALID_PARAMETER_TYPE, 400),
          Map.entry(INVALID_PARAMETER_VALUE, 400),
          Map.entry(INVALID_PARAMETER_DATE_FORMAT_ERROR, 400),
          Map.entry("INVALID_PARAMETER_EXCEED_MAXIMUM", 400),
          Map.entry("INVALID_PARAMETER_LESS_MINIMUM", 400),
          Map.entry("INVALID_PARAMETER_EXCEED_LENGTH", 400),
          Map.entry("INVALID_PARAMETER_LESS_LENGTH", 400),
          Map.entry("INVALID_PARAMETER_PATTERN_ERROR", 400),
          Map.entry("OPERATION_FAILED_FOR_RECYCLE_RESOURCE", 403),
          Map.entry("OPERATION_FAILED_RESOURCE_GROUP_NOT_FOUND", 404),
          Map.entry("OPERATION_FAILED_RESOURCE_NOT_FOUND", 404));

  private CommonErrors() {}

  /** Whether commonerrorcode.md, as known to the mock, lists this code. */
  static boolean isBuiltIn(String code) {
    return STATUS.containsKey(code);
  }

  /** The status of a code: the model's common table, then commonerrorcode.md, then 400. */
  static int status(SpecModel model, String code) {
    ErrorCode def = model.commonErrors.get(code);
    if (def != null && def.httpStatus() != null) {
      return def.httpStatus();
    }
    return STATUS.getOrDefault(code, 400);
  }

  static ErrorReply of(SpecModel model, String code, String message) {
    return new ErrorReply(status(model, code), code, message);
  }
}
