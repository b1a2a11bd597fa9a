package org.waymark.command.learner;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.waymark.api.learner.Ethnicity;
import org.waymark.api.learner.RegisterLearnerCommand;
import org.waymark.api.learner.SendStatus;
import org.waymark.api.learner.Sex;
import org.waymark.command.web.FieldProblem;
import org.waymark.command.web.FieldReader;

class LearnerInputTest {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneOffset.UTC);

  static Map<String, String> valid() {
    Map<String, String> m = new HashMap<>();
    m.put("learnerId", "L-1");
    m.put("providerId", "P-1");
    m.put("givenName", "Ada");
    m.put("familyName", "Lovelace");
    m.put("dateOfBirth", "2012-12-10");
    m.put("sex", "F");
    m.put("ethnicity", "MWAS");
    m.put("send", "E");
    m.put("disadvantaged", "N");
    m.put("lookedAfter", "Y");
    m.put("eal", "N");
    m.put("yearGroup", "9");
    m.put("enrolledOn", "2023-09-01");
    return m;
  }

  static FieldReader reader(Map<String, String> values) {
    return new FieldReader(values, LearnerInput.fieldSet());
  }

  @Nested
  class AValidRecord {
    @Test
    void becomesACommandWithEveryCharacteristicDecoded() {
      RegisterLearnerCommand c = LearnerInput.read(reader(valid()), CLOCK);

      assertThat(c)
          .isEqualTo(
              new RegisterLearnerCommand(
                  "L-1",
                  "P-1",
                  "Ada",
                  "Lovelace",
                  LocalDate.of(2012, 12, 10),
                  Sex.F,
                  Ethnicity.MWAS,
                  SendStatus.E,
                  false,
                  true,
                  false,
                  "9",
                  LocalDate.of(2023, 9, 1)));
    }

    @Test
    void mayLeaveTheYearGroupOut() {
      Map<String, String> m = valid();
      m.remove("yearGroup");

      assertThat(LearnerInput.read(reader(m), CLOCK).yearGroup()).isNull();
    }
  }

  @Nested
  class AnInvalidRecord {
    @Test
    void namesEveryBadFieldWithItsValue() {
      Map<String, String> m = valid();
      m.put("learnerId", "has spaces");
      m.put("send", "X");
      m.put("eal", "yes");
      m.put("ethnicity", "WHITE");
      m.put("dateOfBirth", "10/12/2012");
      m.remove("providerId");
      FieldReader r = reader(m);

      assertThat(LearnerInput.read(r, CLOCK)).isNull();
      assertThat(r.problems())
          .extracting(FieldProblem::field, FieldProblem::value)
          .containsExactlyInAnyOrder(
              org.assertj.core.groups.Tuple.tuple("learnerId", "has spaces"),
              org.assertj.core.groups.Tuple.tuple("providerId", null),
              org.assertj.core.groups.Tuple.tuple("send", "X"),
              org.assertj.core.groups.Tuple.tuple("eal", "yes"),
              org.assertj.core.groups.Tuple.tuple("ethnicity", "WHITE"),
              org.assertj.core.groups.Tuple.tuple("dateOfBirth", "10/12/2012"));
    }

    @Test
    void rejectsAnUnknownField() {
      Map<String, String> m = valid();
      m.put("nhsNumber", "123");
      FieldReader r = reader(m);

      LearnerInput.read(r, CLOCK);

      assertThat(r.problems()).extracting(FieldProblem::field).containsExactly("nhsNumber");
    }

    @Test
    void rejectsABirthDateInTheFutureAndAnEnrolmentBeforeBirth() {
      Map<String, String> future = valid();
      future.put("dateOfBirth", "2026-11-24");
      future.put("enrolledOn", "2026-11-24");
      FieldReader r1 = reader(future);
      LearnerInput.read(r1, CLOCK);

      Map<String, String> early = valid();
      early.put("enrolledOn", "2012-12-09");
      FieldReader r2 = reader(early);
      LearnerInput.read(r2, CLOCK);

      assertThat(r1.problems()).extracting(FieldProblem::field).containsExactly("dateOfBirth");
      assertThat(r2.problems()).extracting(FieldProblem::field).containsExactly("enrolledOn");
    }

    @Test
    void rejectsANameLongerThanOneHundredCharactersOrWithControlCharacters() {
      Map<String, String> m = valid();
      m.put("givenName", "a".repeat(101));
      m.put("familyName", "Love\u0000lace");
      FieldReader r = reader(m);

      LearnerInput.read(r, CLOCK);

      assertThat(r.problems())
          .extracting(FieldProblem::field)
          .containsExactlyInAnyOrder("givenName", "familyName");
    }
  }

  @Nested
  class ProblemMessages {
    @Test
    void listTheCodesOrDescribeTheValueExpected() {
      Map<String, String> m = valid();
      m.put("sex", "X");
      FieldReader r = reader(m);
      LearnerInput.read(r, CLOCK);
      FieldReader described = new FieldReader(Map.of("n", "x"), java.util.Set.of("n"));
      described.code("n", Integer::valueOf, "a whole number");

      assertThat(r.problems().get(0).message()).isEqualTo("must be one of F, M");
      assertThat(described.problems().get(0).message()).isEqualTo("must be a whole number");
    }
  }

  @Nested
  class FreeText {
    @Test
    void mayRunOverSeveralLinesButNotCarryOtherControlCharacters() {
      FieldReader ok =
          new FieldReader(
              Map.of("comment", "Settled well.\r\nNeeds maths support.\tSee plan."),
              java.util.Set.of("comment"));
      FieldReader bad =
          new FieldReader(Map.of("comment", "bell\u0007"), java.util.Set.of("comment"));
      FieldReader missing = new FieldReader(Map.of(), java.util.Set.of("comment"));

      assertThat(ok.multilineText("comment", 100)).contains("\r\n");
      bad.optionalMultilineText("comment", 100);
      missing.multilineText("comment", 100);

      assertThat(bad.problems())
          .extracting(FieldProblem::message)
          .containsExactly("must not contain control characters");
      assertThat(missing.problems())
          .extracting(FieldProblem::message)
          .containsExactly("is required");
    }
  }
}
