package crosscheck.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import crosscheck.io.Folder;
import crosscheck.io.InputFolder;
import crosscheck.io.Sha256;
import crosscheck.output.OutputFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Properties;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.MatchResult;

/**
 * {@code run.json}: when a run started and ended, the version, the options, a hash of the inputs, counts per stage
 * and the processing time of each stage, so that a scheduler or a person can tell what a nightly run did.
 */
public final class RunReport {

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private RunReport() {}

  /** The version this build was made from ({@code version.properties}, filled in by Maven). */
  public static String version() {
    try (InputStream in = RunReport.class.getResourceAsStream("/crosscheck/version.properties")) {
      Properties p = new Properties();
      if (in != null) {
        p.load(in);
      }
      return p.getProperty("version", "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }

  /**
   * SHA-256 over the input folder's file names and contents, in name order: the same hash means the same input.
   */
  public static String inputHash(InputFolder input) throws IOException {
    MessageDigest all = Sha256.digest();
    for (MatchResult.Metadata file : input.files()) {
      MessageDigest one = Sha256.digest();
      try (InputStream in = new DigestInputStream(Channels.newInputStream(FileSystems.open(file.resourceId())), one)) {
        in.transferTo(java.io.OutputStream.nullOutputStream());
      } catch (IOException e) {
        one.update(("unreadable: " + e.getMessage()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
      }
      all.update((file.resourceId().getFilename() + "\0").getBytes(java.nio.charset.StandardCharsets.UTF_8));
      all.update(one.digest());
    }
    return "sha256:" + HexFormat.of().formatHex(all.digest());
  }

  /**
   * @param counts every counter of the run by name; names ending in {@code _micros} are processing time per stage,
   *     summed over workers, reported in milliseconds
   */
  static void write(Folder dir, Instant started, Instant ended, Map<String, Object> options, String inputHash,
      Map<String, Long> counts, String outcome) throws IOException {
    ObjectNode report = JSON.createObjectNode();
    report.put("tool", "crosscheck");
    report.put("version", version());
    report.put("outcome", outcome);
    report.put("started", started.toString());
    report.put("ended", ended.toString());
    report.put("seconds", Duration.between(started, ended).toMillis() / 1000.0);
    ObjectNode opts = report.putObject("options");
    options.forEach((k, v) -> opts.put(k, String.valueOf(v)));
    report.put("inputHash", inputHash);
    ObjectNode countNode = report.putObject("counts");
    ObjectNode stageNode = report.putObject("stageMillis");
    counts.forEach((name, value) -> {
      if (name.endsWith("_micros")) {
        stageNode.put(name.substring(0, name.length() - "_micros".length()), value / 1000);
      } else {
        countNode.put(name, value);
      }
    });
    try (OutputStream out = dir.create(OutputFiles.RUN_REPORT)) {
      out.write((JSON.writeValueAsString(report) + "\n").getBytes(StandardCharsets.UTF_8));
    }
  }
}
