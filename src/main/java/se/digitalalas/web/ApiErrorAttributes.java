package se.digitalalas.web;

import jakarta.servlet.RequestDispatcher;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.web.servlet.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;

/**
 * What Spring Boot's {@code /error} answers for an /api path that failed before or outside a
 * controller (unknown path, wrong method): the {@link ApiError} of its status, never the
 * exception, its message or a stack trace. Other paths keep Boot's attributes.
 */
@Component
class ApiErrorAttributes extends DefaultErrorAttributes {

  static final String API_PATH = "/api/";

  @Override
  public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
    Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI, RequestAttributes.SCOPE_REQUEST);
    if (!(path instanceof String uri) || !uri.startsWith(API_PATH)) {
      return super.getErrorAttributes(request, options);
    }
    Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE, RequestAttributes.SCOPE_REQUEST);
    ApiError error = StatusErrors.of(status instanceof Integer code ? code : 500);
    Map<String, Object> attributes = new LinkedHashMap<>();
    attributes.put("type", error.type());
    attributes.put("message", error.message());
    return attributes;
  }
}
