package org.waymark.query.behaviour;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.waymark.query.learner.Cohort;
import org.waymark.query.store.DocumentStore;
import org.waymark.query.store.ReadModels;
import org.waymark.query.web.NotFoundException;
import org.waymark.query.web.Parameters;

/**
 * {@code GET /api/v1/learners/{id}/behaviour[?asAt=INSTANT]}: the learner's own incidents (each
 * with its follow-ups) and rewards, by date, as the event history stood at {@code asAt}. Only
 * entries recorded for this learner are read, so no other learner's free text is ever answered
 * (bullying is logged separately for each learner involved).
 *
 * <pre>{@code
 * {learnerId,
 *  incidents:[{incidentId, occurredOn, category, bullying, role, severity, reportedBy,
 *              description, actionTaken, recordedAt, recordedBy,
 *              followUps:[{followedUpOn, followedUpBy, homeSchoolInformed,
 *                          parentsCarersInformed, action, recordedAt, recordedBy}]}],
 *  rewards:[{rewardId, awardedOn, kind, points, awardedBy, sharedWithHomeSchool, reason,
 *            recordedAt, recordedBy}]}
 * }</pre>
 */
@RestController
class LearnerBehaviourController {
  private static final Comparator<BehaviourDocument> BY_DATE =
      Comparator.comparing(BehaviourDocument::on, Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(BehaviourDocument::id);

  private final DocumentStore store;
  private final Cohort cohort;

  LearnerBehaviourController(DocumentStore store, Cohort cohort) {
    this.store = store;
    this.cohort = cohort;
  }

  @GetMapping("/api/v1/learners/{learnerId}/behaviour")
  Map<String, Object> behaviour(
      @PathVariable String learnerId, @RequestParam MultiValueMap<String, String> raw)
      throws IOException {
    Parameters p = new Parameters(raw);
    Instant asAt = p.instant("asAt");
    p.validate();
    if (cohort.document(learnerId).isEmpty()) {
      throw new NotFoundException("learner", learnerId);
    }
    List<BehaviourDocument> entries = new ArrayList<>();
    for (BehaviourDocument d :
        store.findAll(
            ReadModels.BEHAVIOUR,
            Query.of(q -> q.term(t -> t.field("learnerId").value(learnerId))),
            BehaviourDocument.class)) {
      BehaviourDocument known = d.asAt(asAt);
      if (known != null) {
        entries.add(known);
      }
    }
    entries.sort(BY_DATE);
    List<Map<String, Object>> incidents = new ArrayList<>();
    List<Map<String, Object>> rewards = new ArrayList<>();
    for (BehaviourDocument d : entries) {
      if (BehaviourDocument.INCIDENT.equals(d.kind()) && d.incident() != null) {
        incidents.add(incident(d));
      } else if (BehaviourDocument.REWARD.equals(d.kind()) && d.reward() != null) {
        rewards.add(reward(d));
      }
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("learnerId", learnerId);
    out.put("incidents", incidents);
    out.put("rewards", rewards);
    return out;
  }

  private static Map<String, Object> incident(BehaviourDocument d) {
    Incident i = d.incident();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("incidentId", d.id());
    out.put("occurredOn", d.on());
    out.put("category", i.category());
    out.put("bullying", i.bullying());
    out.put("role", i.role());
    out.put("severity", i.severity());
    out.put("reportedBy", i.reportedBy());
    out.put("description", i.description());
    out.put("actionTaken", i.actionTaken());
    out.put("recordedAt", d.recordedAt());
    out.put("recordedBy", d.recordedBy());
    List<Map<String, Object>> followUps = new ArrayList<>();
    for (IncidentFollowUp f : i.followUps()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("followedUpOn", f.followedUpOn());
      m.put("followedUpBy", f.followedUpBy());
      m.put("homeSchoolInformed", f.homeSchoolInformed());
      m.put("parentsCarersInformed", f.parentsCarersInformed());
      m.put("action", f.action());
      m.put("recordedAt", f.recordedAt());
      m.put("recordedBy", f.recordedBy());
      followUps.add(m);
    }
    out.put("followUps", followUps);
    return out;
  }

  private static Map<String, Object> reward(BehaviourDocument d) {
    Reward r = d.reward();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("rewardId", d.id());
    out.put("awardedOn", d.on());
    out.put("kind", r.kind());
    out.put("points", r.points());
    out.put("awardedBy", r.awardedBy());
    out.put("sharedWithHomeSchool", r.sharedWithHomeSchool());
    out.put("reason", r.reason());
    out.put("recordedAt", d.recordedAt());
    out.put("recordedBy", d.recordedBy());
    return out;
  }
}
