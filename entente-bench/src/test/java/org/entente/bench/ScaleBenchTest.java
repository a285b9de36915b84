package org.entente.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScaleBenchTest {

  @Test
  void utf8LengthIsTheLengthOfTheEncodedText() {
    for (String s : List.of("", "Astana", "Душанбе", "Türkiye – Kazakhstan", "€5 bn", "emoji \uD83C\uDDF0\uD83C\uDDFF",
        "lone \uD800 surrogate", "end \uDC00")) {
      assertThat(ScaleBench.utf8Length(s)).as(s).isEqualTo(s.getBytes(StandardCharsets.UTF_8).length);
    }
  }
}
