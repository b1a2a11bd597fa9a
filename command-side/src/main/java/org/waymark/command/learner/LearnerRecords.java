package org.waymark.command.learner;

import java.util.LinkedHashMap;
import java.util.Map;
import org.waymark.api.learner.LearnerRegisteredEvent;
import org.waymark.api.learner.RecordLearnerCommand;
import org.waymark.api.learner.RegisterLearnerCommand;
import org.waymark.api.query.Characteristic;
import org.waymark.command.web.Changes;

/** Conversions between learner commands, the registration event and recorded contract codes. */
final class LearnerRecords {
  private LearnerRecords() {}

  static LearnerRegisteredEvent event(RegisterLearnerCommand c) {
    return event(record(c));
  }

  static LearnerRegisteredEvent event(RecordLearnerCommand c) {
    return new LearnerRegisteredEvent(
        c.learnerId(),
        c.providerId(),
        c.givenName(),
        c.familyName(),
        c.dateOfBirth(),
        c.sex(),
        c.ethnicity(),
        c.send(),
        c.disadvantaged(),
        c.lookedAfter(),
        c.eal(),
        c.yearGroup(),
        c.enrolledOn());
  }

  static RecordLearnerCommand record(RegisterLearnerCommand c) {
    return new RecordLearnerCommand(
        c.learnerId(),
        c.providerId(),
        c.givenName(),
        c.familyName(),
        c.dateOfBirth(),
        c.sex(),
        c.ethnicity(),
        c.send(),
        c.disadvantaged(),
        c.lookedAfter(),
        c.eal(),
        c.yearGroup(),
        c.enrolledOn());
  }

  /** {@code e} with its names passed through {@code f} (seal or open, given the learner id). */
  static LearnerRegisteredEvent withNames(
      LearnerRegisteredEvent e, java.util.function.BinaryOperator<String> f) {
    return new LearnerRegisteredEvent(
        e.learnerId(),
        e.providerId(),
        f.apply(e.learnerId(), e.givenName()),
        f.apply(e.learnerId(), e.familyName()),
        e.dateOfBirth(),
        e.sex(),
        e.ethnicity(),
        e.send(),
        e.disadvantaged(),
        e.lookedAfter(),
        e.eal(),
        e.yearGroup(),
        e.enrolledOn());
  }

  /** The recorded values as contract codes, keyed by camelCase field. */
  static Map<String, String> values(LearnerRegisteredEvent e) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("providerId", e.providerId());
    m.put("givenName", e.givenName());
    m.put("familyName", e.familyName());
    m.put("dateOfBirth", e.dateOfBirth().toString());
    m.put("sex", e.sex().name());
    m.put("ethnicity", e.ethnicity().name());
    m.put("send", e.send().name());
    m.put("disadvantaged", Changes.yn(e.disadvantaged()));
    m.put("lookedAfter", Changes.yn(e.lookedAfter()));
    m.put("eal", Changes.yn(e.eal()));
    m.put("yearGroup", e.yearGroup());
    m.put("enrolledOn", e.enrolledOn().toString());
    return m;
  }

  /** The field a dated characteristic change updates. */
  static String field(Characteristic c) {
    return switch (c) {
      case SEX -> "sex";
      case ETHNICITY -> "ethnicity";
      case SEND -> "send";
      case DISADVANTAGED -> "disadvantaged";
      case LOOKED_AFTER -> "lookedAfter";
      case EAL -> "eal";
      case YEAR_GROUP -> "yearGroup";
      case PROVIDER -> "providerId";
    };
  }
}
