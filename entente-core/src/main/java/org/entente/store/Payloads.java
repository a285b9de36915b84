package org.entente.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The JSON form of the knowledge base's stored records (claims and entities). */
final class Payloads {

  private final ObjectMapper json = new ObjectMapper();

  String write(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("knowledge-base records are plain values: " + value, e);
    }
  }

  <T> T read(String payload, Class<T> type) {
    try {
      return json.readValue(payload, type);
    } catch (JsonProcessingException e) {
      throw new StoreException("a stored " + type.getSimpleName() + " is not valid: " + e.getOriginalMessage(), e);
    }
  }
}
