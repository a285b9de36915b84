package org.entente.server.views;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One trade figure as a document states it.
 *
 * @param valueUsd the value in US dollars
 * @param qualifier exact, about, over, under, or null
 * @param date the date of the fact (the year measured, or the target date), or null
 * @param mention the sentence that states it
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TradeFigure(double valueUsd, String qualifier, String date, Mention mention) {}
