package org.waymark.query.behaviour;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.waymark.api.behaviour.BehaviourIncidentFollowedUpEvent;
import org.waymark.api.behaviour.BehaviourIncidentRecordedEvent;
import org.waymark.api.behaviour.RewardGivenEvent;
import org.waymark.query.store.EventContext;
import org.waymark.query.store.Positioned;

/**
 * One entry of the {@code behaviour} read model: an incident (with its follow-ups) or a reward,
 * keyed {@code incident:<id>} or {@code reward:<id>} so the two kinds never collide. Incidents and
 * rewards are recorded once (the command side refuses other content under the same id); follow-ups
 * are appended, each with when it was recorded, so the entry answers {@code asAt}.
 *
 * <p>Free text (description, action taken, follow-up action, reward reason) is stored mapped {@code
 * "index": false}: kept for the learner's own page, never searchable.
 *
 * @param kind {@link #INCIDENT} or {@link #REWARD}
 * @param id the incident or reward id
 * @param on the date the incident occurred or the reward was given
 * @param incident the incident, for kind {@link #INCIDENT}
 * @param reward the reward, for kind {@link #REWARD}
 * @param recordedAt when the incident or reward was recorded
 * @param position the global index of the last event applied
 */
public record BehaviourDocument(
    String kind,
    String id,
    String learnerId,
    LocalDate on,
    Incident incident,
    Reward reward,
    Instant recordedAt,
    String recordedBy,
    long position)
    implements Positioned {

  public static final String INCIDENT = "INCIDENT";
  public static final String REWARD = "REWARD";

  /** The document id of an incident. */
  public static String incidentKey(String incidentId) {
    return "incident:" + incidentId;
  }

  /** The document id of a reward. */
  public static String rewardKey(String rewardId) {
    return "reward:" + rewardId;
  }

  static BehaviourDocument incident(BehaviourIncidentRecordedEvent e, EventContext event) {
    return new BehaviourDocument(
        INCIDENT,
        e.incidentId(),
        e.learnerId(),
        e.occurredOn(),
        new Incident(
            e.category(),
            e.category() != null && e.category().isBullying(),
            e.role(),
            e.severity(),
            e.reportedBy(),
            e.description(),
            e.actionTaken(),
            List.of()),
        null,
        event.recordedAt(),
        event.recordedBy(),
        event.position());
  }

  static BehaviourDocument reward(RewardGivenEvent e, EventContext event) {
    return new BehaviourDocument(
        REWARD,
        e.rewardId(),
        e.learnerId(),
        e.awardedOn(),
        null,
        new Reward(e.kind(), e.points(), e.awardedBy(), e.sharedWithHomeSchool(), e.reason()),
        event.recordedAt(),
        event.recordedBy(),
        event.position());
  }

  /** This entry with its free text removed (the learner was erased); every fact kept. */
  BehaviourDocument erased(EventContext event) {
    Incident i =
        incident == null
            ? null
            : new Incident(
                incident.category(),
                incident.bullying(),
                incident.role(),
                incident.severity(),
                incident.reportedBy(),
                null,
                null,
                incident.followUps().stream()
                    .map(
                        f ->
                            new IncidentFollowUp(
                                f.followedUpOn(),
                                f.followedUpBy(),
                                f.homeSchoolInformed(),
                                f.parentsCarersInformed(),
                                null,
                                f.recordedAt(),
                                f.recordedBy(),
                                f.position()))
                    .toList());
    Reward r =
        reward == null
            ? null
            : new Reward(
                reward.kind(),
                reward.points(),
                reward.awardedBy(),
                reward.sharedWithHomeSchool(),
                null);
    return new BehaviourDocument(
        kind, id, learnerId, on, i, r, recordedAt, recordedBy, event.position());
  }

  /** This incident with the follow-up appended. */
  BehaviourDocument followedUp(BehaviourIncidentFollowedUpEvent e, EventContext event) {
    List<IncidentFollowUp> followUps = new ArrayList<>(incident.followUps());
    followUps.add(
        new IncidentFollowUp(
            e.followedUpOn(),
            e.followedUpBy(),
            e.homeSchoolInformed(),
            e.parentsCarersInformed(),
            e.action(),
            event.recordedAt(),
            event.recordedBy(),
            event.position()));
    return new BehaviourDocument(
        kind,
        id,
        learnerId,
        on,
        new Incident(
            incident.category(),
            incident.bullying(),
            incident.role(),
            incident.severity(),
            incident.reportedBy(),
            incident.description(),
            incident.actionTaken(),
            followUps),
        reward,
        recordedAt,
        recordedBy,
        event.position());
  }

  /**
   * This entry as the event history stood at {@code asAt} ({@code null}: now): {@code null} when
   * not yet recorded, and without the follow-ups recorded later.
   */
  BehaviourDocument asAt(Instant asAt) {
    if (asAt == null) {
      return this;
    }
    if (recordedAt.isAfter(asAt)) {
      return null;
    }
    if (incident == null) {
      return this;
    }
    List<IncidentFollowUp> known =
        incident.followUps().stream().filter(f -> !f.recordedAt().isAfter(asAt)).toList();
    return new BehaviourDocument(
        kind,
        id,
        learnerId,
        on,
        new Incident(
            incident.category(),
            incident.bullying(),
            incident.role(),
            incident.severity(),
            incident.reportedBy(),
            incident.description(),
            incident.actionTaken(),
            known),
        reward,
        recordedAt,
        recordedBy,
        position);
  }
}
