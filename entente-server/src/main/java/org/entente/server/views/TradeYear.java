package org.entente.server.views;

import java.util.List;

/**
 * The trade volume of one year, one entity of the knowledge base.
 *
 * @param year the year measured
 * @param valueUsd the value the knowledge base retains (the best supported figure)
 * @param conflict whether figures for the year differ by more than 2 %
 * @param figures every figure for the year, one per claim
 */
public record TradeYear(int year, double valueUsd, boolean conflict, List<TradeFigure> figures) {

  /** Copies the figures. */
  public TradeYear {
    figures = List.copyOf(figures);
  }
}
