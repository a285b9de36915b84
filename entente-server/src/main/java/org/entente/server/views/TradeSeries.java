package org.entente.server.views;

import java.util.List;

/** Trade volumes by year, with the targets set and the years whose figures disagree. */
public interface TradeSeries {

  /** The years with a trade volume, oldest first. */
  List<TradeYear> years();

  /** The trade targets mentioned, by value. */
  List<TradeFigure> targets();
}
