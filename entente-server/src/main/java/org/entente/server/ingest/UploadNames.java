package org.entente.server.ingest;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Safe file names for uploaded files: the last path segment only, letters, digits, dot, dash and
 * underscore, no leading dot, at most 200 characters, unique within one upload. The name becomes
 * the document id (without its extension), so it can never point outside the upload folder.
 */
final class UploadNames {

  private final Set<String> used = new HashSet<>();

  String of(String submitted) {
    String name = submitted == null ? "" : submitted;
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    name = name.replaceAll("[^A-Za-z0-9._-]", "_").replaceFirst("^[._]+", "");
    if (name.length() > 200) {
      name = name.substring(name.length() - 200);
    }
    if (name.isEmpty() || name.equals(".")) {
      name = "upload.txt";
    }
    String unique = name;
    for (int n = 2; !used.add(unique.toLowerCase(Locale.ROOT)); n++) {
      int dot = name.lastIndexOf('.');
      unique = dot > 0 ? name.substring(0, dot) + "-" + n + name.substring(dot) : name + "-" + n;
    }
    return unique;
  }
}
