/**
 * The generated brief on the relations of two countries, in the manner of a ministry's
 * "Relations of A with B" page: {@link org.entente.brief.BriefWriter} turns a dossier into
 * sections of generated sentences, each footnoted to the documents behind it; {@link
 * org.entente.brief.BriefFormat} renders it as Markdown or as a printable HTML page.
 */
package org.entente.brief;
