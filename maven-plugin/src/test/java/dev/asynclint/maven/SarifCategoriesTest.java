package dev.asynclint.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SarifCategoriesTest {
  @Test
  void eachModuleIsItsOwnCategory() {
    assertEquals("asynclint/core/", SarifCategories.of("core/", "core-artifact", false));
    assertEquals("asynclint/apps/web/", SarifCategories.of("apps/web/", "web", false));
  }

  @Test
  void theRootIsThePlainCategoryAndAnOutsideModuleUsesItsArtifactId() {
    assertEquals("asynclint/", SarifCategories.of("", "app", true));
    assertEquals("asynclint/app/", SarifCategories.of("", "app", false));
  }
}
