package crosscheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.run.NightlyRun;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same job on Apache Flink gives the DirectRunner's bytes: on an embedded mini-cluster, and on a session cluster
 * of separate JVMs (a JobManager and two TaskManagers, started by src/bench/flink-cluster.sh) that gets the job's code
 * only from the files the client stages.
 */
class FlinkRunnerTest {

  private static final Path CLUSTER_SCRIPT = Path.of("src/bench/flink-cluster.sh");

  @TempDir Path tmp;

  @Test
  void seedsOnFlinkGiveTheSameOutputAsTheDirectRunner() throws IOException {
    Path out = tmp.resolve("out");
    int code = NightlyRun.run(new String[] {"--runner=FlinkRunner", "--flinkMaster=[local]", "--parallelism=2",
        "--input=input", "--output=" + out});
    assertEquals(NightlyRun.EXIT_OK, code);
    CommittedOutput.assertSameBytes(out, "the FlinkRunner");
  }

  @Test
  void seedsOnASessionClusterOfSeparateJvmsGiveTheSameOutputAsTheDirectRunner() throws Exception {
    Path cluster = tmp.resolve("cluster");
    int restPort = Integer.parseInt(clusterScript("start", cluster).strip());
    try {
      Path out = tmp.resolve("out");
      int code = NightlyRun.run(new String[] {"--runner=FlinkRunner", "--flinkMaster=localhost:" + restPort,
          "--parallelism=2", "--useDataStreamForBatch=true", "--filesToStage=" + String.join(",", jobClasspath()),
          "--input=input", "--output=" + out});
      assertEquals(NightlyRun.EXIT_OK, code);
      CommittedOutput.assertSameBytes(out, "a Flink session cluster");
      assertTrue(overview(restPort).contains("\"jobs-finished\":1,"), "the cluster reports no finished job");
    } finally {
      clusterScript("stop", cluster);
    }
  }

  /** The script's standard output; its errors go to a file named in the failure. */
  private String clusterScript(String command, Path cluster) throws IOException, InterruptedException {
    Path errors = tmp.resolve("cluster-script-" + command + ".err");
    Process script = new ProcessBuilder("bash", CLUSTER_SCRIPT.toString(), command, cluster.toString())
        .redirectError(errors.toFile())
        .start();
    String output = new String(script.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(script.waitFor(3, TimeUnit.MINUTES), "flink-cluster.sh " + command + " did not finish");
    assertEquals(0, script.exitValue(), "flink-cluster.sh " + command + ": " + Files.readString(errors));
    return output;
  }

  /** What the bundled jar holds: the job's classes and every library it runs with (Beam's among them). */
  private static List<String> jobClasspath() throws IOException {
    List<String> files = new ArrayList<>(List.of("target/classes"));
    files.addAll(List.of(Files.readString(Path.of("target/classpath.txt")).strip().split(":")));
    return files;
  }

  private static String overview(int restPort) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + restPort + "/overview")).build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body();
  }
}
