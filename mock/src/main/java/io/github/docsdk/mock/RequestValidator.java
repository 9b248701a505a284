package io.github.docsdk.mock;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.docsdk.spec.Operation;
import io.github.docsdk.spec.TypeConformance;
import io.github.docsdk.spec.TypeConformance.Violation;

/**
 * Checks a request body against the request members of the model (with the model's {@link
 * TypeConformance}), answering as the real API does with the common codes MISSING_PARAMETER,
 * INVALID_PARAMETER_TYPE, INVALID_PARAMETER_VALUE and INVALID_PARAMETER_DATE_FORMAT_ERROR. The
 * first violation is reported with the offending member's path, e.g. {@code instances[0].zoneId}.
 */
final class RequestValidator {

  private final SpecModel model;
  private final TypeConformance conformance;

  RequestValidator(SpecModel model) {
    this.model = model;
    this.conformance = new TypeConformance(model.spec, TypeConformance.Mode.STRICT);
  }

  /** @return null when valid, else the error to answer with */
  ErrorReply validate(Operation op, JsonNode body) {
    if (body == null || !body.isObject()) {
      return CommonErrors.of(model, CommonErrors.INVALID_PARAMETER_TYPE, "the request body must be a JSON object");
    }
    return conformance.check(op.request(), body).map(this::reply).orElse(null);
  }

  private ErrorReply reply(Violation v) {
    return CommonErrors.of(model, code(v.kind()), v.message());
  }

  private static String code(Violation.Kind kind) {
    switch (kind) {
      case MISSING:
        return CommonErrors.MISSING_PARAMETER;
      case WRONG_TYPE:
        return CommonErrors.INVALID_PARAMETER_TYPE;
      case NOT_A_TIMESTAMP:
        return CommonErrors.INVALID_PARAMETER_DATE_FORMAT_ERROR;
      default:
        return CommonErrors.INVALID_PARAMETER_VALUE;
    }
  }
}
