package crosscheck.pipeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.ResolveOptions.StandardResolveOptions;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.util.MimeTypes;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PDone;

/**
 * Writes the run's files, each in sort-key order, so that the same input gives the same bytes whatever the runner and
 * its parallelism. Input records are (part, (sort key, text)), the part named by {@link #part}; records carry their
 * own line ends.
 *
 * <p>No file passes through a worker whole: each part is sorted and written on its own, and {@link #mergeParts}
 * merges the sorted parts of each file into the file, in bounded memory, once the pipeline has finished. (One element
 * per file does not scale: Flink refuses a record over its sort buffer, about 50 MB, and the DirectRunner copies a
 * grouping's state for every bundle that reaches it.) A record's part is the bucket of the key it was last grouped
 * by, so that each part comes from one bundle on the DirectRunner and is never copied.
 */
public class WriteSortedFiles extends PTransform<PCollection<KV<String, KV<String, String>>>, PDone> {

  private static final String PARTS = ".parts";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final String outputDir;

  public WriteSortedFiles(String outputDir) {
    this.outputDir = outputDir;
  }

  /**
   * The part of {@code file} that a record goes to: one of {@link GroupByKeyInBuckets#BUCKETS}, chosen by the
   * bucket of {@code shardKey}. Records grouped by a key should pass that key, so that a part gathers one bucket.
   */
  public static String part(String file, String shardKey) {
    return String.format("%s.%03d", file, GroupByKeyInBuckets.bucket(shardKey));
  }

  @Override
  public PDone expand(PCollection<KV<String, KV<String, String>>> records) {
    records
        .apply("GroupByPart", GroupByKey.create())
        .apply("WriteSortedPart", ParDo.of(new WritePartFn(outputDir)));
    return PDone.in(records.getPipeline());
  }

  /** Sorts one part of one file and writes it: one JSON line [sort key, text] per record. */
  static class WritePartFn extends DoFn<KV<String, Iterable<KV<String, String>>>, Void> {
    private final String outputDir;

    WritePartFn(String outputDir) {
      this.outputDir = outputDir;
    }

    @ProcessElement
    public void processElement(@Element KV<String, Iterable<KV<String, String>>> partRecords) {
      List<KV<String, String>> records = new ArrayList<>();
      partRecords.getValue().forEach(records::add);
      records.sort(ORDER);
      ResourceId part = FileSystems.matchNewResource(outputDir, true)
          .resolve(PARTS, StandardResolveOptions.RESOLVE_DIRECTORY)
          .resolve(partRecords.getKey(), StandardResolveOptions.RESOLVE_FILE);
      try (Writer out = Channels.newWriter(FileSystems.create(part, MimeTypes.TEXT), StandardCharsets.UTF_8)) {
        for (KV<String, String> record : records) {
          out.write(JSON.writeValueAsString(List.of(record.getKey(), record.getValue())));
          out.write('\n');
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write " + part, e);
      }
    }
  }

  private static final Comparator<KV<String, String>> ORDER =
      Comparator.comparing((KV<String, String> kv) -> kv.getKey()).thenComparing(KV::getValue);

  /**
   * Merges the sorted parts the pipeline wrote into {@code dir} into one file each, with its header; writes a file
   * with no records as its header alone; removes the parts.
   *
   * @param headers every file to write, with its header ("" for none)
   */
  public static void mergeParts(Path dir, Map<String, String> headers) throws IOException {
    Path parts = dir.resolve(PARTS);
    Map<String, List<Path>> byFile = new TreeMap<>();
    headers.keySet().forEach(file -> byFile.put(file, new ArrayList<>()));
    if (Files.isDirectory(parts)) {
      try (Stream<Path> listed = Files.list(parts)) {
        for (Path part : listed.sorted().toList()) {
          String name = part.getFileName().toString();
          byFile.get(name.substring(0, name.lastIndexOf('.'))).add(part);
        }
      }
    }
    for (Map.Entry<String, List<Path>> file : byFile.entrySet()) {
      merge(file.getValue(), headers.get(file.getKey()), dir.resolve(file.getKey()));
    }
    if (Files.isDirectory(parts)) {
      try (Stream<Path> listed = Files.list(parts)) {
        for (Path part : listed.toList()) {
          Files.delete(part);
        }
      }
      Files.delete(parts);
    }
  }

  /** One reader of a part, holding its next record. */
  private static final class Cursor {
    final BufferedReader reader;
    KV<String, String> record;

    Cursor(BufferedReader reader) {
      this.reader = reader;
    }

    boolean advance() throws IOException {
      String line = reader.readLine();
      if (line == null) {
        reader.close();
        return false;
      }
      String[] pair = JSON.readValue(line, String[].class);
      record = KV.of(pair[0], pair[1]);
      return true;
    }
  }

  private static void merge(List<Path> parts, String header, Path target) throws IOException {
    PriorityQueue<Cursor> queue = new PriorityQueue<>((a, b) -> ORDER.compare(a.record, b.record));
    try (OutputStream stream = Files.newOutputStream(target);
        BufferedWriter out = new BufferedWriter(new java.io.OutputStreamWriter(stream, StandardCharsets.UTF_8))) {
      out.write(header);
      for (Path part : parts) {
        Cursor cursor = new Cursor(Files.newBufferedReader(part, StandardCharsets.UTF_8));
        if (cursor.advance()) {
          queue.add(cursor);
        }
      }
      while (!queue.isEmpty()) {
        Cursor next = queue.poll();
        out.write(next.record.getValue());
        if (next.advance()) {
          queue.add(next);
        }
      }
    }
  }
}
