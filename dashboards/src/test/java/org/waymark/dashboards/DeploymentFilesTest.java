package org.waymark.dashboards;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * Every file the compose file and the Kubernetes manifests reference (mounted configuration,
 * provisioning, dashboards, build files) exists in the repository, so a deployment never starts
 * with an empty mount. The app jars are build outputs ({@code ./mvnw package}) and are not checked.
 */
class DeploymentFilesTest {
  static final Path ROOT = RepoRoot.find();
  static final Path DEPLOY = ROOT.resolve("infra/deploy");

  @SuppressWarnings("unchecked")
  static Map<String, Object> yaml(Path file) throws IOException {
    try (Reader r = Files.newBufferedReader(file)) {
      return new Yaml().load(r);
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void everyFileTheComposeFileMountsOrBuildsFromExists() throws IOException {
    Map<String, Object> compose = yaml(DEPLOY.resolve("compose.yaml"));
    Map<String, Map<String, Object>> services =
        (Map<String, Map<String, Object>>) compose.get("services");
    List<Path> referenced = new ArrayList<>();
    services.forEach(
        (name, service) -> {
          for (Object v : (List<Object>) service.getOrDefault("volumes", List.of())) {
            String source = v.toString().split(":")[0];
            if (source.startsWith(".")) {
              referenced.add(DEPLOY.resolve(source).normalize());
            }
          }
          if (service.get("build") instanceof Map<?, ?> build) {
            Path context = DEPLOY.resolve(build.get("context").toString()).normalize();
            referenced.add(context.resolve(build.get("dockerfile").toString()));
          }
        });
    assertThat(referenced).as("compose.yaml references nothing?").hasSizeGreaterThan(5);
    for (Path p : referenced) {
      assertThat(p).as("compose.yaml mounts %s, which is not in the repository", p).exists();
    }
    assertThat(DEPLOY.resolve("../../dashboards/grafana/provisioning/dashboards/waymark.yml"))
        .content()
        .as("Grafana's dashboard provider must read where compose mounts the dashboards")
        .contains("/var/lib/grafana/dashboards/waymark");
  }

  @Test
  @SuppressWarnings("unchecked")
  void everyFileAndManifestTheKustomizationReferencesExists() throws IOException {
    Path k8s = DEPLOY.resolve("k8s");
    Map<String, Object> kustomization = yaml(k8s.resolve("kustomization.yaml"));
    for (Object resource : (List<Object>) kustomization.get("resources")) {
      assertThat(k8s.resolve(resource.toString())).exists();
    }
    List<String> generated = new ArrayList<>();
    for (Map<String, Object> gen :
        (List<Map<String, Object>>) kustomization.get("configMapGenerator")) {
      for (Object f : (List<Object>) gen.get("files")) {
        String entry = f.toString();
        String path = entry.contains("=") ? entry.substring(entry.indexOf('=') + 1) : entry;
        Path file = k8s.resolve(path).normalize();
        assertThat(file)
            .as(
                "config map %s is generated from %s, which is not in the repository",
                gen.get("name"), file)
            .isRegularFile();
        generated.add(file.toString());
      }
    }
    try (Stream<Path> dashboards = Files.list(ROOT.resolve("dashboards/grafana/dashboards"))) {
      dashboards.forEach(
          d ->
              assertThat(generated)
                  .as("dashboard %s is rendered but not deployed to Kubernetes", d.getFileName())
                  .contains(d.normalize().toString()));
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void everyConfigMapAManifestMountsIsGenerated() throws IOException {
    Path k8s = DEPLOY.resolve("k8s");
    Map<String, Object> kustomization = yaml(k8s.resolve("kustomization.yaml"));
    List<String> maps =
        ((List<Map<String, Object>>) kustomization.get("configMapGenerator"))
            .stream().map(g -> g.get("name").toString()).toList();
    for (Object resource : (List<Object>) kustomization.get("resources")) {
      String text = Files.readString(k8s.resolve(resource.toString()));
      var m = java.util.regex.Pattern.compile("configMap: \\{name: ([a-z-]+)}").matcher(text);
      while (m.find()) {
        assertThat(maps).as("%s mounts config map %s", resource, m.group(1)).contains(m.group(1));
      }
    }
  }

  @Test
  void theGrafanaRoleMayOnlyReadThePublishedAggregatesAndTheAudit() throws IOException {
    Map<String, Object> roles = yaml(DEPLOY.resolve("elasticsearch/roles.yml"));
    @SuppressWarnings("unchecked")
    Map<String, Object> grafana = (Map<String, Object>) roles.get("grafana_reader");
    assertThat(grafana.get("cluster")).isEqualTo(List.of());
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> indices = (List<Map<String, Object>>) grafana.get("indices");
    assertThat(indices)
        .as("Grafana queries Elasticsearch directly: one grant, read-only, two aliases")
        .hasSize(1);
    assertThat(indices.get(0).get("names"))
        .isEqualTo(List.of("waymark-published-aggregates*", "waymark-audit*"));
    assertThat(indices.get(0).get("privileges")).isEqualTo(List.of("read", "view_index_metadata"));
  }
}
