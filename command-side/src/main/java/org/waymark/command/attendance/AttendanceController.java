package org.waymark.command.attendance;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.waymark.api.attendance.AmendAttendanceMarkCommand;
import org.waymark.api.attendance.AttendanceCode;
import org.waymark.api.attendance.AttendanceMark;
import org.waymark.api.attendance.RecordAttendanceMarksCommand;
import org.waymark.api.attendance.Session;
import org.waymark.command.web.CommandSender;
import org.waymark.command.web.FieldProblem;
import org.waymark.command.web.FieldReader;
import org.waymark.command.web.InvalidInputException;
import org.waymark.command.web.JsonFields;

/** A learner's register: marks recorded in batches, and a mark amended with its reason. */
@RestController
@RequestMapping(
    path = "/api/v1/attendance/{learnerId}",
    consumes = MediaType.APPLICATION_JSON_VALUE)
class AttendanceController {
  private final CommandSender commands;

  AttendanceController(CommandSender commands) {
    this.commands = commands;
  }

  /** {@code {marks: [{date, session, code, minutesLate?, reason?}, …]}}. */
  @PostMapping("/marks")
  Map<String, Object> record(@PathVariable String learnerId, @RequestBody JsonNode body) {
    JsonNode marksNode = body == null ? null : body.get("marks");
    if (marksNode == null || !marksNode.isArray() || marksNode.isEmpty()) {
      throw new InvalidInputException(
          List.of(new FieldProblem("marks", null, "must be a non-empty array of marks")));
    }
    List<AttendanceMark> marks = new ArrayList<>();
    List<FieldProblem> problems = new ArrayList<>();
    for (int i = 0; i < marksNode.size(); i++) {
      FieldReader r =
          JsonFields.reader(
              ((com.fasterxml.jackson.databind.node.ObjectNode) marksNode.get(i).deepCopy())
                  .put("learnerId", learnerId),
              AttendanceInput.FIELDS);
      AttendanceInput.LearnerMark m = AttendanceInput.read(r);
      String prefix = "marks[" + i + "].";
      r.problems()
          .forEach(p -> problems.add(new FieldProblem(prefix + p.field(), p.value(), p.message())));
      if (m != null) {
        marks.add(m.mark());
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    long position = commands.send(new RecordAttendanceMarksCommand(learnerId, marks));
    return Map.of("learnerId", learnerId, "marks", marks.size(), "position", position);
  }

  /** {@code {code: "I", reason: "parent phoned: illness"}}: the reason is required. */
  @PutMapping("/marks/{date}/{session}")
  Map<String, Object> amend(
      @PathVariable String learnerId,
      @PathVariable String date,
      @PathVariable String session,
      @RequestBody JsonNode body) {
    FieldReader path =
        new FieldReader(Map.of("date", date, "session", session), Set.of("date", "session"));
    LocalDate day = path.date("date");
    Session s = path.code("session", Session::valueOf, "AM, PM");
    FieldReader r = JsonFields.reader(body, Set.of("code", "reason"));
    String code =
        r.code(
            "code",
            c -> AttendanceCode.fromCode(c).code(),
            "a DfE attendance code in force from August 2024");
    String reason = r.text("reason", 500);
    List<FieldProblem> problems = new ArrayList<>(path.problems());
    problems.addAll(r.problems());
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    long position =
        commands.send(new AmendAttendanceMarkCommand(learnerId, day, s, code, reason), "api", day);
    return Map.of("learnerId", learnerId, "position", position);
  }
}
