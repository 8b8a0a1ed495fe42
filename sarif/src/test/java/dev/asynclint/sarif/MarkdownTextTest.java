package dev.asynclint.sarif;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class MarkdownTextTest {
  @Test
  void rendersHeadingsCodeLinksAndEmphasisAsPlainText() {
    String md =
        """
        # Title

        Use `executeBlocking` for **blocking** work, *not* the loop.
        See [the Vert.x docs](https://vertx.io/docs/) and ![logo](x.png).


        ```java
        vertx.executeBlocking(() -> dao.load());
        ```
        - keep list markers
        """;
    assertEquals(
        """
        Title

        Use executeBlocking for blocking work, not the loop.
        See the Vert.x docs (https://vertx.io/docs/) and logo.

            vertx.executeBlocking(() -> dao.load());
        - keep list markers""",
        MarkdownText.render(md));
  }

  @Test
  void leavesIdentifiersWithUnderscoresAndStarsAlone() {
    assertEquals(
        "MAX_QUEUE_SIZE and a * b * c", MarkdownText.render("MAX_QUEUE_SIZE and a * b * c"));
  }

  @Test
  void firstParagraphSkipsHeadingsListsAndCodeAndJoinsLines() {
    String md =
        """
        # Rule

        - not this list

        First line of the
        `first` paragraph.

        Second paragraph.
        """;
    assertEquals(
        Optional.of("First line of the first paragraph."), MarkdownText.firstParagraph(md));
    assertEquals(Optional.empty(), MarkdownText.firstParagraph("# Only a title\n```\ncode\n```\n"));
  }

  @Test
  void firstParagraphSkipsTheMetadataLine() {
    String md =
        """
        # BlockingCallOnEventLoop

        **Family:** blocking · **Default severity:** error

        A call that **blocks** its thread
        runs on the loop.
        """;
    assertEquals(
        Optional.of("A call that blocks its thread runs on the loop."),
        MarkdownText.firstParagraph(md));
  }
}
