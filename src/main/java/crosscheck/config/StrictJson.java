package crosscheck.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a JSON config file strictly: an unknown or repeated key, a {@code null} anywhere, or text after the object is
 * an error, never ignored; every error names the file, the line and the JSON path ({@code entities[3].aliases[0]}).
 */
final class StrictJson {

  private static final ObjectMapper JSON = JsonMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .build();

  private StrictJson() {}

  static <T> T read(ConfigLoader.Source source, Class<T> type) {
    try {
      rejectNulls(source);
      T value = JSON.readValue(source.text(), type);
      if (value == null) {
        throw new ConfigException(source.label() + ": the file is empty");
      }
      return value;
    } catch (JsonProcessingException e) {
      long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      String path = e instanceof JsonMappingException mapping ? path(mapping.getPath()) : "";
      throw new ConfigException(source.label() + ":" + line + ": " + (path.isEmpty() ? "" : "at " + path + ": ")
          + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new ConfigException(source.label() + ": cannot be read: " + e, e);
    }
  }

  /**
   * A {@code null} anywhere is an error: no value of the config may be null (an optional key is left out), and a
   * null in a list or for a required key would otherwise fail only when it is used.
   */
  private static void rejectNulls(ConfigLoader.Source source) throws IOException {
    try (JsonParser parser = JSON.createParser(source.text())) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        if (token == JsonToken.VALUE_NULL) {
          List<JsonMappingException.Reference> path = new ArrayList<>();
          for (JsonStreamContext at = parser.getParsingContext(); !at.inRoot(); at = at.getParent()) {
            path.add(0, at.inArray() ? new JsonMappingException.Reference(null, at.getCurrentIndex())
                : new JsonMappingException.Reference(null, at.getCurrentName()));
          }
          throw new ConfigException(source.label() + ":" + parser.currentLocation().getLineNr() + ": at "
              + path(path) + ": null is no value (leave an optional key out)");
        }
      }
    }
  }

  /** Where in a JSON file a value is, as {@code entities[3].aliases[0]}. */
  private static String path(List<JsonMappingException.Reference> steps) {
    StringBuilder text = new StringBuilder();
    for (JsonMappingException.Reference step : steps) {
      if (step.getFieldName() != null) {
        text.append(text.isEmpty() ? "" : ".").append(step.getFieldName());
      } else if (step.getIndex() >= 0) {
        text.append('[').append(step.getIndex()).append(']');
      }
    }
    return text.toString();
  }
}
