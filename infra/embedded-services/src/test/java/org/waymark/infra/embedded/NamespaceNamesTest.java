package org.waymark.infra.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NamespaceNamesTest {

  @Test
  void namesAreLowerCaseLettersAndDigitsUsableAsDatabaseTopicAndIndexNames() {
    assertThat(EmbeddedServicesExtension.baseName(Learner_Projection$IT.class))
        .isEqualTo("learnerprojectionit");
  }

  @Test
  void namesStartWithALetterAsUnquotedPostgresIdentifiersMust() {
    assertThat(EmbeddedServicesExtension.baseName(_1stIT.class)).isEqualTo("t1stit");
  }

  @Test
  void longClassNamesAreCutSoTheNameStaysWithinPostgresLimits() {
    assertThat(
            EmbeddedServicesExtension.baseName(
                AVeryLongIntegrationTestClassNameThatGoesOnAndOnAndOnIT.class))
        .hasSize(40);
  }

  static class Learner_Projection$IT {}

  static class _1stIT {}

  static class AVeryLongIntegrationTestClassNameThatGoesOnAndOnAndOnIT {}
}
