package org.entente.server.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Writes JSON responses, and the JSON form of an error. */
public final class Json {

  private final ObjectMapper mapper;

  /** Writes with this mapper. */
  public Json(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /** Answers with a value as JSON. */
  public void send(Context ctx, int status, Object value) {
    try {
      ctx.status(status).contentType("application/json; charset=utf-8").result(mapper.writeValueAsBytes(value));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("cannot write the response as JSON", e);
    }
  }

  /** Answers with {@code {"status": .., "error": ..}}. */
  public void error(Context ctx, int status, String message) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", status);
    body.put("error", message);
    send(ctx, status, body);
  }
}
