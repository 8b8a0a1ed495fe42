package dev.asynclint.sarif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ArtifactUriTest {
  @Test
  void keepsPlainPathsAsTheyAre() {
    assertEquals("src/main/java/a/B.java", ArtifactUri.of("src/main/java/a/B.java"));
    assertEquals("web/app.v2..min.mjs", ArtifactUri.of("web/app.v2..min.mjs"));
  }

  @Test
  void encodesSpacesUnicodeAndUriDelimiters() {
    assertEquals("my%20dir/%C3%A9t%C3%A9.js", ArtifactUri.of("my dir/été.js"));
    assertEquals("a%23b%3Fc%25d.java", ArtifactUri.of("a#b?c%d.java"));
    assertEquals("c%3Aolon.java", ArtifactUri.of("c:olon.java"));
  }

  @Test
  void turnsBackslashesIntoSlashes() {
    assertEquals("src/main/A.java", ArtifactUri.of("src\\main\\A.java"));
  }

  @Test
  void filesOutsideTheRootBecomeAbsoluteFileUris() {
    assertEquals("file:///srv/other%20tree/A.java", ArtifactUri.of("/srv/other tree/A.java"));
    assertFalse(ArtifactUri.isRelative("/srv/A.java"));
    assertTrue(ArtifactUri.isRelative("srv/A.java"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"../outside/A.java", "a/../../b.java", ""})
  void rejectsPathsNoDiscoveryProduces(String path) {
    assertThrows(IllegalArgumentException.class, () -> ArtifactUri.of(path));
  }
}
