package dev.asynclint.sarif;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Plain-text rendering of a rule doc for SARIF {@code help.text}, for viewers that do not render
 * {@code help.markdown}. It handles what rule docs use: headings, fenced code, lists, inline code,
 * emphasis and links. Code blocks keep their lines, indented by four spaces, so examples stay
 * readable; link targets stay visible in parentheses.
 */
final class MarkdownText {
  private MarkdownText() {}

  private static final Pattern IMAGE = Pattern.compile("!\\[([^\\]]*)]\\(([^)\\s]*)[^)]*\\)");
  private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)]\\(([^)\\s]*)[^)]*\\)");
  private static final Pattern INLINE_CODE = Pattern.compile("`([^`]+)`");
  private static final Pattern STRONG = Pattern.compile("(\\*\\*|__)(\\S(?:.*?\\S)?)\\1");
  private static final Pattern EMPHASIS = Pattern.compile("(?<![\\w*])\\*(\\S(?:[^*]*?\\S)?)\\*");
  private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.*?)\\s*#*\\s*$");
  private static final Pattern FENCE = Pattern.compile("^\\s*(```|~~~).*$");
  private static final Pattern METADATA = Pattern.compile("^\\*\\*[^*]+:\\*\\*.*");

  /** The whole document as plain text, {@code \n} line ends, no trailing blank lines. */
  static String render(String markdown) {
    var out = new ArrayList<String>();
    boolean inCode = false;
    for (String line : lines(markdown)) {
      if (FENCE.matcher(line).matches()) {
        inCode = !inCode;
        continue;
      }
      if (inCode) {
        out.add(line.isBlank() ? "" : "    " + line);
        continue;
      }
      var heading = HEADING.matcher(line);
      out.add(heading.matches() ? inline(heading.group(1)) : inline(line).stripTrailing());
    }
    return String.join("\n", collapseBlankLines(out)).strip();
  }

  /**
   * The first paragraph of prose (not a heading, list, quote, table or code) as one line of plain
   * text, or empty when the doc has none. A paragraph that opens with a bold label ({@code
   * **Family:** blocking · ...}) is the doc's metadata line, not a description, and is skipped.
   */
  static Optional<String> firstParagraph(String markdown) {
    var paragraph = new ArrayList<String>();
    boolean inCode = false;
    for (String line : lines(markdown)) {
      if (FENCE.matcher(line).matches()) {
        inCode = !inCode;
        if (done(paragraph)) {
          break;
        }
        continue;
      }
      String trimmed = line.strip();
      boolean prose =
          !inCode
              && !trimmed.isEmpty()
              && !HEADING.matcher(trimmed).matches()
              && !trimmed.matches("^([-*+>|]|\\d+\\.)\\s.*")
              && !trimmed.startsWith("|");
      if (prose) {
        paragraph.add(trimmed);
      } else if (done(paragraph)) {
        break;
      }
    }
    return paragraph.isEmpty()
        ? Optional.empty()
        : Optional.of(inline(String.join(" ", paragraph)));
  }

  /** True when {@code paragraph} is a description; clears it when it is a metadata line. */
  private static boolean done(List<String> paragraph) {
    if (!paragraph.isEmpty() && METADATA.matcher(paragraph.get(0)).matches()) {
      paragraph.clear();
    }
    return !paragraph.isEmpty();
  }

  private static List<String> lines(String markdown) {
    return List.of(markdown.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1));
  }

  private static String inline(String text) {
    String s = IMAGE.matcher(text).replaceAll("$1");
    s = LINK.matcher(s).replaceAll("$1 ($2)");
    s = INLINE_CODE.matcher(s).replaceAll("$1");
    s = STRONG.matcher(s).replaceAll("$2");
    return EMPHASIS.matcher(s).replaceAll("$1");
  }

  private static List<String> collapseBlankLines(List<String> lines) {
    var out = new ArrayList<String>();
    for (String line : lines) {
      if (line.isEmpty() && (out.isEmpty() || out.get(out.size() - 1).isEmpty())) {
        continue;
      }
      out.add(line);
    }
    return out;
  }
}
