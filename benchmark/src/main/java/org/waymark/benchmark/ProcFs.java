package org.waymark.benchmark;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;

/** What Linux's {@code /proc} says about a process's memory and children. */
final class ProcFs {
  private static final Path PROC = Path.of("/proc");

  private ProcFs() {}

  /** A {@code kB} field of {@code /proc/PID/status} ({@code VmRSS}, {@code VmHWM}), in kB. */
  static OptionalLong statusKb(long pid, String field) {
    return readKb(PROC.resolve(pid + "/status"), field);
  }

  /**
   * The proportional set size of {@code pid} in kB ({@code Pss} of {@code smaps_rollup}): shared
   * pages divided among the processes that map them, so a sum over processes does not count
   * PostgreSQL's shared buffers once per backend.
   */
  static OptionalLong pssKb(long pid) {
    return readKb(PROC.resolve(pid + "/smaps_rollup"), "Pss");
  }

  private static OptionalLong readKb(Path file, String field) {
    try {
      return kbField(Files.readString(file), field);
    } catch (IOException | RuntimeException e) {
      return OptionalLong.empty(); // the process has gone, or the file is not readable
    }
  }

  /** The value of {@code field: 123 kB} in {@code text}, in kB. */
  static OptionalLong kbField(String text, String field) {
    for (String line : text.split("\n")) {
      if (line.startsWith(field + ":")) {
        String[] parts = line.substring(field.length() + 1).trim().split("\\s+");
        return OptionalLong.of(Long.parseLong(parts[0]));
      }
    }
    return OptionalLong.empty();
  }

  /**
   * The parent pid in the text of {@code /proc/PID/stat}: the second field after the command name,
   * which is in parentheses and may itself hold spaces and parentheses (hence the last ')').
   */
  static long parentPid(String stat) {
    return Long.parseLong(fieldsAfterName(stat)[1]);
  }

  /**
   * The fields of {@code /proc/PID/stat} after the command name, from field 3 (state) on: the name
   * is in parentheses and may itself hold spaces and parentheses, hence the last ')'.
   */
  private static String[] fieldsAfterName(String stat) {
    return stat.substring(stat.lastIndexOf(')') + 2).split(" ");
  }

  /**
   * The CPU time of {@code pid} in clock ticks: user + system ({@code utime}, {@code stime}), and
   * with {@code withReaped} also what its ended children used ({@code cutime}, {@code cstime}); 0
   * when the process has gone.
   */
  static long cpuTicks(long pid, boolean withReaped) {
    try {
      return cpuTicks(Files.readString(PROC.resolve(pid + "/stat")), withReaped);
    } catch (IOException | RuntimeException e) {
      return 0;
    }
  }

  /** {@link #cpuTicks(long, boolean)} of the text of {@code /proc/PID/stat}. */
  static long cpuTicks(String stat, boolean withReaped) {
    String[] rest = fieldsAfterName(stat);
    // fields 14-17 of proc(5); rest[0] is field 3 (state)
    long own = Long.parseLong(rest[11]) + Long.parseLong(rest[12]);
    return withReaped ? own + Long.parseLong(rest[13]) + Long.parseLong(rest[14]) : own;
  }

  /**
   * The CPU ticks (user + system) of each thread of {@code pid} still running, summed by the
   * thread's kernel name ({@code comm} of {@code /proc/PID/task/TID/stat}).
   */
  static Map<String, Long> taskTicks(long pid) {
    Map<String, Long> byName = new HashMap<>();
    try (DirectoryStream<Path> tasks = Files.newDirectoryStream(PROC.resolve(pid + "/task"))) {
      for (Path task : tasks) {
        try {
          String stat = Files.readString(task.resolve("stat"));
          byName.merge(commandName(stat), cpuTicks(stat, false), Long::sum);
        } catch (IOException | RuntimeException e) {
          // ended while we looked
        }
      }
    } catch (IOException e) {
      // the process has gone
    }
    return byName;
  }

  /** The command name of the text of {@code /proc/PID/stat}: what is between the parentheses. */
  static String commandName(String stat) {
    return stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
  }

  /** {@code getconf CLK_TCK}: the unit of {@code /proc} CPU times; 100 on Linux if unknown. */
  static double clockTicksPerSecond() {
    try {
      Process p = new ProcessBuilder("getconf", "CLK_TCK").redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes()).trim();
      p.waitFor();
      return Double.parseDouble(out);
    } catch (IOException | RuntimeException e) {
      return 100;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 100;
    }
  }

  /** {@code root} and every descendant of it now running. */
  static List<Long> tree(long root) {
    return tree(root, Set.of());
  }

  /**
   * {@code root} and every descendant of it now running, except the subtrees of {@code others} (the
   * search node is a child of this JVM but is measured on its own).
   */
  static List<Long> tree(long root, Set<Long> others) {
    return tree(root, others, children());
  }

  /**
   * Each running process's children, by parent id: one scan of {@code /proc}, for {@link
   * #tree(long, Set, Map)} to walk as often as it needs.
   */
  static Map<Long, List<Long>> children() {
    Map<Long, List<Long>> children = new HashMap<>();
    try (DirectoryStream<Path> dirs = Files.newDirectoryStream(PROC, "[0-9]*")) {
      for (Path dir : dirs) {
        try {
          long pid = Long.parseLong(dir.getFileName().toString());
          long ppid = parentPid(Files.readString(dir.resolve("stat")));
          children.computeIfAbsent(ppid, k -> new ArrayList<>()).add(pid);
        } catch (IOException | RuntimeException e) {
          // exited while we looked
        }
      }
    } catch (IOException e) {
      return Map.of();
    }
    return children;
  }

  /** {@link #tree(long, Set)} over a {@link #children()} already taken. */
  static List<Long> tree(long root, Set<Long> others, Map<Long, List<Long>> children) {
    Set<Long> out = new LinkedHashSet<>();
    Deque<Long> todo = new ArrayDeque<>(List.of(root));
    while (!todo.isEmpty()) {
      long pid = todo.pop();
      if ((pid == root || !others.contains(pid)) && out.add(pid)) {
        todo.addAll(children.getOrDefault(pid, List.of()));
      }
    }
    return List.copyOf(out);
  }

  /** The command line of {@code pid}, arguments separated by spaces; empty if gone. */
  static String commandLine(long pid) {
    try {
      return new String(Files.readAllBytes(PROC.resolve(pid + "/cmdline")))
          .replace('\0', ' ')
          .trim();
    } catch (IOException e) {
      return "";
    }
  }

  /** The first {@code model name} of {@code /proc/cpuinfo}. */
  static String cpuModel() {
    try {
      for (String line : Files.readAllLines(PROC.resolve("cpuinfo"))) {
        if (line.startsWith("model name")) {
          return line.substring(line.indexOf(':') + 1).trim();
        }
      }
    } catch (IOException e) {
      // not Linux
    }
    return "unknown";
  }

  /** The number of {@code processor} entries of {@code /proc/cpuinfo}. */
  static int cpuCount() {
    try {
      return (int)
          Files.readAllLines(PROC.resolve("cpuinfo")).stream()
              .filter(l -> l.startsWith("processor"))
              .count();
    } catch (IOException e) {
      return Runtime.getRuntime().availableProcessors();
    }
  }

  /** The 1-minute load average of {@code /proc/loadavg}, or -1. */
  static double loadAverage() {
    try {
      return Double.parseDouble(Files.readString(PROC.resolve("loadavg")).split(" ")[0]);
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  /** {@code MemTotal} of {@code /proc/meminfo} in kB. */
  static long memTotalKb() {
    return readKb(PROC.resolve("meminfo"), "MemTotal").orElse(-1);
  }
}
