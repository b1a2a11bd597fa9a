package org.waymark.analytics.breakdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.waymark.analytics.Learners.learner;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.waymark.analytics.learner.LearnerProfile;
import org.waymark.api.learner.SendStatus;
import org.waymark.api.learner.Sex;
import org.waymark.api.query.Characteristic;

/** Group keys exactly as CONTRACT.md "Scope and group membership" ("Group keys") writes them. */
class GroupKeysTest {

  private final LearnerProfile l =
      learner("a")
          .provider("AP-7")
          .sex(Sex.M)
          .ethnicity("BAFR")
          .send(SendStatus.E)
          .disadvantaged()
          .eal()
          .yearGroup("11")
          .build();

  @Test
  void writesEachCharacteristicAsTheContractDoes() {
    assertThat(GroupKeys.of(Characteristic.SEX, l)).isEqualTo("M");
    assertThat(GroupKeys.of(Characteristic.ETHNICITY, l)).isEqualTo("Black");
    assertThat(GroupKeys.of(Characteristic.SEND, l)).isEqualTo("E");
    assertThat(GroupKeys.of(Characteristic.DISADVANTAGED, l)).isEqualTo("Y");
    assertThat(GroupKeys.of(Characteristic.LOOKED_AFTER, l)).isEqualTo("N");
    assertThat(GroupKeys.of(Characteristic.EAL, l)).isEqualTo("Y");
    assertThat(GroupKeys.of(Characteristic.PROVIDER, l)).isEqualTo("AP-7");
    assertThat(GroupKeys.of(Characteristic.YEAR_GROUP, l)).isEqualTo("11");
  }

  @Test
  void groupsEthnicityByMajorGroup() {
    assertThat(GroupKeys.of(Characteristic.ETHNICITY, learner("a").ethnicity("WROM").build()))
        .isEqualTo("White");
    assertThat(GroupKeys.of(Characteristic.ETHNICITY, learner("a").ethnicity("MWAS").build()))
        .isEqualTo("Mixed");
    assertThat(GroupKeys.of(Characteristic.ETHNICITY, learner("a").ethnicity("CHNE").build()))
        .isEqualTo("Chinese");
    assertThat(GroupKeys.of(Characteristic.ETHNICITY, learner("a").ethnicity("OOTH").build()))
        .isEqualTo("Other");
    assertThat(GroupKeys.of(Characteristic.ETHNICITY, learner("a").ethnicity("REFU").build()))
        .isEqualTo("Unclassified");
    assertThat(GroupKeys.of(Characteristic.ETHNICITY, learner("a").ethnicity("NOBT").build()))
        .isEqualTo("Unclassified");
  }

  @Test
  void givesALearnerWithoutAYearGroupAKeyOfTheirOwn() {
    assertThat(GroupKeys.of(Characteristic.YEAR_GROUP, learner("a").yearGroup(null).build()))
        .isEqualTo(GroupKeys.NOT_RECORDED);
  }

  @Test
  void listsYearGroupsInNumericOrderWithTheUnrecordedLast() {
    List<String> keys = new ArrayList<>(List.of("10", GroupKeys.NOT_RECORDED, "9", "R", "7", "11"));
    keys.sort(GroupKeys.displayOrder(Characteristic.YEAR_GROUP));

    assertThat(keys).containsExactly("7", "9", "10", "11", "R", GroupKeys.NOT_RECORDED);
  }
}
