package org.entente.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class PyTextTest {

  @Test
  void floatsPrintAsPythonsRepr() {
    assertThat(PyText.floatRepr(1e16)).isEqualTo("1e+16");
    assertThat(PyText.floatRepr(1e15)).isEqualTo("1000000000000000.0");
    assertThat(PyText.floatRepr(0.0001)).isEqualTo("0.0001");
    assertThat(PyText.floatRepr(1e-05)).isEqualTo("1e-05");
    assertThat(PyText.floatRepr(Double.MIN_VALUE)).isEqualTo("5e-324");
    assertThat(PyText.floatRepr(1.13e9)).isEqualTo("1130000000.0");
    assertThat(PyText.floatRepr(2.0 / 3)).isEqualTo("0.6666666666666666");
    assertThat(PyText.floatRepr(1.0 / 30000)).isEqualTo("3.3333333333333335e-05");
    assertThat(PyText.floatRepr(1e23)).isEqualTo("1e+23");
    assertThat(PyText.floatRepr(-0.0)).isEqualTo("-0.0");
    assertThat(PyText.floatRepr(123456789012345680.0)).isEqualTo("1.2345678901234568e+17");
  }

  @Test
  void threeDecimalsRoundHalfEvenFromTheExactBinaryValue() {
    assertThat(PyText.fixed(0.0625, 3)).isEqualTo("0.062");
    assertThat(PyText.fixed(0.1235, 3)).isEqualTo("0.123");
    assertThat(PyText.fixed(0.0005, 3)).isEqualTo("0.001");
    assertThat(PyText.fixed(2.0 / 3, 3)).isEqualTo("0.667");
    assertThat(PyText.fixed(1.0, 3)).isEqualTo("1.000");
  }

  @Test
  void reprOfAListEscapesWhatPythonEscapes() throws Exception {
    JsonNode list =
        new ObjectMapper()
            .readTree(
                "[\"a\\nb\", null, 1.5, true, {\"k\": \"é\\u00a0x\"}, \"it's\", \"\\u200b\"]");
    assertThat(PyText.str(list))
        .isEqualTo("['a\\nb', None, 1.5, True, {'k': 'é\\xa0x'}, \"it's\", '\\u200b']");
  }

  @Test
  void stripAndSplitUsePythonsWhitespace() {
    assertThat(PyText.strip("\u00a0 x \u2003")).isEqualTo("x");
    assertThat(PyText.split(" a\u00a0 b\tc ")).containsExactly("a", "b", "c");
  }
}
