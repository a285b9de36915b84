package org.entente.server.views;

import java.util.List;

/**
 * The trade volume of one year.
 *
 * @param year the year measured
 * @param valueUsd the value most figures give (the larger group of agreeing figures)
 * @param conflict whether figures for the year differ by more than 2 %
 * @param figures every figure for the year
 */
public record TradeYear(int year, double valueUsd, boolean conflict, List<TradeFigure> figures) {

  /** Copies the figures. */
  public TradeYear {
    figures = List.copyOf(figures);
  }
}
