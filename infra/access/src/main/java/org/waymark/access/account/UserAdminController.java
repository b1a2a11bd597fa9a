package org.waymark.access.account;

import java.net.URI;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.waymark.access.Role;
import org.waymark.access.WaymarkUser;

/**
 * Local accounts, managed by ADMIN (CONTRACT.md "Running the all-in-one"): {@code POST
 * /api/v1/admin/users} creates or replaces an account, {@code DELETE
 * /api/v1/admin/users/{username}} removes one, {@code PUT /api/v1/admin/users/{username}/learners}
 * sets a tutor's learners, and {@code GET /api/v1/admin/users} lists them (never a hash).
 */
@RestController
public class UserAdminController {
  static final URI INVALID_INPUT = URI.create("urn:waymark:problem:invalid-input");
  private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{1,64}");
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");
  static final int MIN_PASSWORD = 12;

  private final UserAccounts accounts;
  private final PasswordEncoder encoder;
  private final LocalAccountAuthentication authentication;

  public UserAdminController(
      UserAccounts accounts, PasswordEncoder encoder, LocalAccountAuthentication authentication) {
    this.accounts = accounts;
    this.encoder = encoder;
    this.authentication = authentication;
  }

  @GetMapping("/api/v1/admin/users")
  Map<String, Object> list() {
    return Map.of("users", accounts.list().stream().map(UserAdminController::json).toList());
  }

  @PostMapping("/api/v1/admin/users")
  ResponseEntity<?> save(@RequestBody(required = false) Map<String, Object> body) {
    List<Map<String, Object>> errors = new ArrayList<>();
    if (body == null) {
      return invalid(List.of(error("body", null, "must be a JSON object")));
    }
    for (String key : body.keySet()) {
      if (!Set.of("username", "password", "roles", "providers").contains(key)) {
        errors.add(error(key, String.valueOf(body.get(key)), "is not a field of a user"));
      }
    }
    String username = text(body.get("username"));
    if (username == null || !USERNAME.matcher(username).matches()) {
      errors.add(error("username", username, "must be 1-64 letters, digits or . _ @ -"));
    }
    String password = text(body.get("password"));
    if (password == null || password.length() < MIN_PASSWORD) {
      errors.add(error("password", null, "must be at least " + MIN_PASSWORD + " characters long"));
    }
    Set<Role> roles = EnumSet.noneOf(Role.class);
    if (!(body.get("roles") instanceof List<?> rawRoles) || rawRoles.isEmpty()) {
      errors.add(error("roles", String.valueOf(body.get("roles")), "must list at least one role"));
    } else {
      for (Object r : rawRoles) {
        try {
          roles.add(Role.parse(String.valueOf(r)));
        } catch (IllegalArgumentException e) {
          errors.add(error("roles", String.valueOf(r), e.getMessage()));
        }
      }
    }
    Set<String> providers = new TreeSet<>();
    Object rawProviders = body.get("providers");
    if (rawProviders != null && !(rawProviders instanceof List<?>)) {
      errors.add(
          error("providers", String.valueOf(rawProviders), "must be a list of provider ids"));
    } else if (rawProviders instanceof List<?> list) {
      for (Object p : list) {
        if (!(p instanceof String s) || !ID.matcher(s).matches()) {
          errors.add(error("providers", String.valueOf(p), "must be a provider id"));
        } else {
          providers.add(s);
        }
      }
    }
    if (!errors.isEmpty()) {
      return invalid(errors);
    }
    WaymarkUser user = new WaymarkUser(username, roles, providers);
    if (!roles.contains(Role.ADMIN)
        && accounts.find(username).map(a -> a.roles().contains(Role.ADMIN)).orElse(false)
        && accounts.admins() <= 1) {
      return conflict("the last ADMIN account cannot lose the ADMIN role");
    }
    boolean created = accounts.save(user, encoder.encode(password), actor());
    authentication.forget(username);
    return ResponseEntity.status(created ? HttpStatus.CREATED : HttpStatus.OK).body(json(user));
  }

  @DeleteMapping("/api/v1/admin/users/{username}")
  ResponseEntity<?> delete(@PathVariable String username) {
    var account = accounts.find(username);
    if (account.isEmpty()) {
      return notFound(username);
    }
    if (account.get().roles().contains(Role.ADMIN) && accounts.admins() <= 1) {
      return conflict("the last ADMIN account cannot be deleted");
    }
    accounts.delete(username, actor());
    authentication.forget(username);
    return ResponseEntity.noContent().build();
  }

  @PutMapping("/api/v1/admin/users/{username}/learners")
  ResponseEntity<?> assign(
      @PathVariable String username, @RequestBody(required = false) Map<String, Object> body) {
    if (accounts.find(username).isEmpty()) {
      return notFound(username);
    }
    if (body == null || !(body.get("learnerIds") instanceof List<?> ids)) {
      return invalid(
          List.of(
              error(
                  "learnerIds",
                  body == null ? null : String.valueOf(body.get("learnerIds")),
                  "must be a list of learner ids")));
    }
    List<Map<String, Object>> errors = new ArrayList<>();
    Set<String> learners = new LinkedHashSet<>();
    for (Object id : ids) {
      if (!(id instanceof String s) || !ID.matcher(s).matches()) {
        errors.add(error("learnerIds", String.valueOf(id), "must be a learner id"));
      } else {
        learners.add(s);
      }
    }
    if (!errors.isEmpty()) {
      return invalid(errors);
    }
    accounts.assign(username, learners, actor());
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("username", username);
    out.put("learnerIds", List.copyOf(new TreeSet<>(learners)));
    return ResponseEntity.ok(out);
  }

  private static String actor() {
    return WaymarkUser.current().map(WaymarkUser::username).orElse("anonymous");
  }

  private static Map<String, Object> json(WaymarkUser u) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("username", u.username());
    out.put("roles", u.roles().stream().sorted().map(Role::name).toList());
    out.put("providers", List.copyOf(new TreeSet<>(u.providers())));
    return out;
  }

  private static String text(Object o) {
    return o instanceof String s ? s : null;
  }

  private static Map<String, Object> error(String field, String value, String message) {
    Map<String, Object> e = new LinkedHashMap<>();
    e.put("field", field);
    e.put("value", value);
    e.put("message", message);
    return e;
  }

  private static ResponseEntity<ProblemDetail> invalid(List<Map<String, Object>> errors) {
    ProblemDetail pd = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
    pd.setType(INVALID_INPUT);
    pd.setTitle("Invalid input");
    pd.setDetail(
        "Invalid field(s): "
            + String.join(
                ", ", errors.stream().map(e -> (String) e.get("field")).distinct().toList())
            + ". Nothing was stored.");
    pd.setProperty("errors", errors);
    return ResponseEntity.badRequest().body(pd);
  }

  private static ResponseEntity<ProblemDetail> notFound(String username) {
    ProblemDetail pd = ProblemDetail.forStatus(HttpStatus.NOT_FOUND);
    pd.setType(URI.create("urn:waymark:problem:not-found"));
    pd.setTitle("Not found");
    pd.setDetail("No account named '" + username + "'.");
    return ResponseEntity.status(HttpStatus.NOT_FOUND).body(pd);
  }

  private static ResponseEntity<ProblemDetail> conflict(String detail) {
    ProblemDetail pd = ProblemDetail.forStatus(HttpStatus.CONFLICT);
    pd.setType(URI.create("urn:waymark:problem:conflict"));
    pd.setTitle("Conflict");
    pd.setDetail(detail + ".");
    return ResponseEntity.status(HttpStatus.CONFLICT).body(pd);
  }
}
