/**
 * The annotation layer: small {@link org.entente.annotate.Annotator}s, each declaring the layers it
 * requires and produces, run in order by a {@link org.entente.annotate.Pipeline} over an immutable
 * text. The stages live in sub-packages (sentence, token, gazetteer, time, amount); the
 * annotation records they produce live here, so that extraction sees one closed family.
 */
package org.entente.annotate;
