package org.entente.server.web;

import java.util.regex.Pattern;

/**
 * The one way pages write HTML: text and attribute values are always escaped; tag and attribute
 * names must be plain names (they are constants in the code, and checked anyway). There is no
 * method that writes a caller's string unescaped.
 */
final class Html {

  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*");

  private final StringBuilder out = new StringBuilder(4096);

  /** Opens an element; {@code attrs} are name, value pairs (a null value omits the attribute). */
  Html open(String tag, String... attrs) {
    out.append('<').append(name(tag));
    if (attrs.length % 2 != 0) {
      throw new IllegalArgumentException("attributes come in name, value pairs: " + attrs.length);
    }
    for (int i = 0; i < attrs.length; i += 2) {
      if (attrs[i + 1] != null) {
        out.append(' ').append(name(attrs[i])).append("=\"").append(escape(attrs[i + 1])).append('"');
      }
    }
    out.append('>');
    return this;
  }

  /** Closes an element. */
  Html close(String tag) {
    out.append("</").append(name(tag)).append('>');
    return this;
  }

  /** An element holding escaped text. */
  Html el(String tag, String text, String... attrs) {
    return open(tag, attrs).text(text).close(tag);
  }

  /** A link holding escaped text. */
  Html link(String href, String text, String... attrs) {
    String[] all = new String[attrs.length + 2];
    all[0] = "href";
    all[1] = href;
    System.arraycopy(attrs, 0, all, 2, attrs.length);
    return el("a", text, all);
  }

  /** Escaped text. */
  Html text(String text) {
    out.append(escape(text == null ? "" : text));
    return this;
  }

  /** Another fragment built the same way. */
  Html add(Html fragment) {
    out.append(fragment.out);
    return this;
  }

  /** The doctype line. */
  Html doctype() {
    out.append("<!DOCTYPE html>\n");
    return this;
  }

  @Override
  public String toString() {
    return out.toString();
  }

  /** Escapes text for an element body or a quoted attribute value. */
  static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  private static String name(String name) {
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("not an HTML name: '" + name + "'");
    }
    return name;
  }
}
