package org.entente.server.views;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.server.views.Facts.fact;

import java.util.List;
import org.junit.jupiter.api.Test;

class FactTradeSeriesTest {

  private static String volume(double v) {
    return "{\"parties\":[\"KZ\",\"TJ\"],\"value_usd\":" + v + "}";
  }

  @Test
  void figuresWithinTwoPercentAgreeAndFurtherApartConflict() {
    var series = new FactTradeSeries(List.of(
        fact(1, "a", "trade_volume", volume(1.00e9), "2021"),
        fact(2, "b", "trade_volume", volume(1.019e9), "2021"),
        fact(3, "a", "trade_volume", volume(1.0e9), "2022-12"),
        fact(4, "c", "trade_volume", volume(1.03e9), "2022"),
        fact(5, "d", "trade_target", volume(2e9), "2030")));
    assertThat(series.years()).extracting(TradeYear::year).containsExactly(2021, 2022);
    assertThat(series.years().get(0).conflict()).isFalse();
    assertThat(series.years().get(1).conflict()).isTrue();
    assertThat(series.targets()).extracting(TradeFigure::valueUsd).containsExactly(2e9);
  }

  @Test
  void yearValueIsTheOneMostFiguresAgreeOn() {
    var series = new FactTradeSeries(List.of(
        fact(1, "a", "trade_volume", volume(1.5e9), "2023"),
        fact(2, "b", "trade_volume", volume(1.2e9), "2023"),
        fact(3, "c", "trade_volume", volume(1.21e9), "2023")));
    assertThat(series.years().get(0).valueUsd()).isEqualTo(1.2e9);
  }

  @Test
  void undatedOrValuelessVolumesAreLeftOut() {
    var series = new FactTradeSeries(List.of(
        fact(1, "a", "trade_volume", volume(1.5e9), null),
        fact(2, "b", "trade_volume", "{\"parties\":[\"KZ\"]}", "2020")));
    assertThat(series.years()).isEmpty();
  }
}
