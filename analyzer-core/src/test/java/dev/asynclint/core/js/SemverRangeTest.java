package dev.asynclint.core.js;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SemverRangeTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        ">=20.18.0; 20.18.0",
        ">=18; 18.0.0",
        "^20.18.0 || >=22; 20.18.0",
        ">=22 || ^18.20; 18.20.0",
        "20.x; 20.0.0",
        "~22.12.1; 22.12.1",
        ">20; 21.0.0",
        ">20.1; 20.2.0",
        ">20.1.2; 20.1.3",
        "18 - 20; 18.0.0",
        ">= 16.14 < 17; 16.14.0",
        ">=18.20 <19; 18.20.0",
        "*; 0.0.0",
        "v20.11.1; 20.11.1",
        ">=20.19.0-rc.1; 20.19.0"
      })
  void lowestAdmittedVersion(String range, String expected) {
    assertEquals(Optional.of(expected), SemverRange.lowest(range).map(NodeVersion::toString));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {">=22 <20", "latest", "<18 >=19"})
  void rangesAdmittingNothingOrUnreadableGiveNothing(String range) {
    assertEquals(Optional.empty(), SemverRange.lowest(range));
  }
}
