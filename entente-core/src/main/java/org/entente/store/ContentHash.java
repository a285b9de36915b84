package org.entente.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.entente.text.Document;

/**
 * SHA-256 over a document's text and its publication metadata: a corrected date or title is a
 * new version too, while re-reading the same file changes nothing.
 */
final class ContentHash {

  private ContentHash() {}

  static String of(Document doc) {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
    update(digest, doc.text());
    update(digest, doc.published() == null ? null : doc.published().toString());
    update(digest, doc.title());
    update(digest, doc.source());
    update(digest, doc.lang());
    return HexFormat.of().formatHex(digest.digest());
  }

  private static void update(MessageDigest digest, String field) {
    if (field == null) {
      digest.update((byte) 0);
    } else {
      digest.update((byte) 1);
      byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
      digest.update(java.nio.ByteBuffer.allocate(8).putLong(bytes.length).array());
      digest.update(bytes);
    }
  }
}
