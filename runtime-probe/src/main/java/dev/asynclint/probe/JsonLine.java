package dev.asynclint.probe;

import java.util.Locale;
import java.util.Map;

/** Encodes a {@link ProbeEvent} as one line of JSON (JDK only, so no JSON library). */
final class JsonLine {
  private JsonLine() {}

  static String encode(ProbeEvent e) {
    StringBuilder b = new StringBuilder(256);
    b.append("{\"v\":").append(ProbeEvent.VERSION);
    b.append(",\"ts\":");
    string(b, e.ts().toString());
    b.append(",\"kind\":");
    string(b, e.kind());
    b.append(",\"thread\":");
    string(b, e.thread());
    b.append(",\"durationMs\":").append(number(e.durationMs()));
    b.append(",\"stack\":[");
    boolean first = true;
    for (Frame f : e.stack()) {
      if (!first) {
        b.append(',');
      }
      first = false;
      b.append("{\"class\":");
      string(b, f.className());
      b.append(",\"method\":");
      string(b, f.method());
      b.append(",\"file\":");
      string(b, f.file());
      b.append(",\"line\":").append(f.line()).append('}');
    }
    b.append("],\"detail\":{");
    first = true;
    for (Map.Entry<String, Object> d : e.detail().entrySet()) {
      if (!first) {
        b.append(',');
      }
      first = false;
      string(b, d.getKey());
      b.append(':');
      value(b, d.getValue());
    }
    return b.append("}}").toString();
  }

  private static void value(StringBuilder b, Object v) {
    if (v == null) {
      b.append("null");
    } else if (v instanceof Boolean) {
      b.append(v);
    } else if (v instanceof Double d) {
      b.append(number(d));
    } else if (v instanceof Number) {
      b.append(v);
    } else {
      string(b, v.toString());
    }
  }

  private static String number(double d) {
    if (Double.isNaN(d) || Double.isInfinite(d)) {
      return "null";
    }
    return String.format(Locale.ROOT, "%.3f", d);
  }

  private static void string(StringBuilder b, String s) {
    if (s == null) {
      b.append("null");
      return;
    }
    b.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (c < 0x20) {
            b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    b.append('"');
  }
}
