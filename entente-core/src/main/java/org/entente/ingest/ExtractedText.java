package org.entente.ingest;

import org.entente.text.PartialDate;

/**
 * What a format reader gets out of one file.
 *
 * @param text the decoded text
 * @param title the title found in the file's metadata, or {@code null}
 * @param published a publication date from the file's metadata, or {@code null}
 * @param created a creation date from the file's metadata (weaker than a dateline), or {@code
 *     null}
 */
record ExtractedText(String text, String title, PartialDate published, PartialDate created) {}
