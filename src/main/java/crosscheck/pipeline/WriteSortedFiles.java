package crosscheck.pipeline;

import static java.nio.charset.StandardCharsets.UTF_8;

import crosscheck.io.Folder;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeMap;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.IterableCoder;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.io.fs.ResolveOptions.StandardResolveOptions;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.util.MimeTypes;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PDone;

/**
 * Writes the run's files, each in sort-key order, so that the same input gives the same bytes whatever the runner and
 * its parallelism. The input is parts: (part, (sort key, text) records), the part named by {@link #part}; records
 * carry their own line ends.
 *
 * <p>No file passes through a worker whole: each part is sorted and written on its own, and {@link #mergeFile}
 * merges the sorted parts of each file into the file, in bounded memory, once the pipeline has finished. (One element
 * per file does not scale: Flink refuses a record over its sort buffer, about 50 MB, and the DirectRunner copies a
 * grouping's state for every bundle that reaches it.) A part is one bucket ({@link GroupIntoBuckets}) of the key its
 * records were grouped by: judged subjects come as parts already, one per bucket, and records grouped by part on
 * the DirectRunner come from one bundle each, so that no grouping state is ever copied.
 */
public class WriteSortedFiles extends PTransform<PCollection<KV<String, Iterable<KV<String, String>>>>, PDone> {

  /** The coder of parts. */
  public static final Coder<KV<String, Iterable<KV<String, String>>>> PART_CODER = KvCoder.of(StringUtf8Coder.of(),
      IterableCoder.of(KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of())));

  /** The folder, inside the output folder, of the sorted parts. */
  public static final String PARTS = ".parts";

  private final String outputDir;

  public WriteSortedFiles(String outputDir) {
    this.outputDir = outputDir;
  }

  /**
   * The part of {@code file} that a record goes to: the bucket of {@code key}. Records grouped by a key should
   * pass that key and the number of buckets it was grouped in, so that a part gathers one bucket.
   */
  public static String part(String file, String key, int buckets) {
    return part(file, GroupIntoBuckets.bucket(key, buckets));
  }

  /** {@code file.NNN}, the bucket in at least three digits. (Not String.format: it is called for every record.) */
  static String part(String file, int bucket) {
    String number = Integer.toString(bucket);
    return file + "." + "000".substring(Math.min(3, number.length())) + number;
  }

  @Override
  public PDone expand(PCollection<KV<String, Iterable<KV<String, String>>>> parts) {
    parts.apply("WriteSortedPart", ParDo.of(new WritePartFn(outputDir)));
    return PDone.in(parts.getPipeline());
  }

  /** Sorts one part of one file and writes it: per record, the sort key and the text, each as length and UTF-8. */
  static class WritePartFn extends DoFn<KV<String, Iterable<KV<String, String>>>, Void> {
    private final String outputDir;

    WritePartFn(String outputDir) {
      this.outputDir = outputDir;
    }

    @ProcessElement
    public void processElement(@Element KV<String, Iterable<KV<String, String>>> partRecords) {
      List<Entry> entries = new ArrayList<>();
      partRecords.getValue().forEach(r -> entries.add(new Entry(r.getKey(), r.getValue().getBytes(UTF_8))));
      entries.sort(ORDER);
      ResourceId part = FileSystems.matchNewResource(outputDir, true)
          .resolve(PARTS, StandardResolveOptions.RESOLVE_DIRECTORY)
          .resolve(partRecords.getKey(), StandardResolveOptions.RESOLVE_FILE);
      try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(
          Channels.newOutputStream(FileSystems.create(part, MimeTypes.BINARY)), 1 << 16))) {
        for (Entry entry : entries) {
          write(out, entry.key().getBytes(UTF_8));
          write(out, entry.text());
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write " + part, e);
      }
    }

    private static void write(DataOutputStream out, byte[] bytes) throws IOException {
      out.writeInt(bytes.length);
      out.write(bytes);
    }
  }

  /** A record of a part: its sort key, and its text as UTF-8 (merged into the file without decoding). */
  private record Entry(String key, byte[] text) {}

  /** By sort key, then by text: a total order, so that the merged bytes do not depend on the order of the parts. */
  private static final Comparator<Entry> ORDER =
      Comparator.comparing(Entry::key).thenComparing(Entry::text, Arrays::compareUnsigned);

  /**
   * The sorted parts the pipeline wrote into {@code dir}, by the file they make: every one of {@code files}, with no
   * parts when it has no records.
   */
  public static Map<String, List<ResourceId>> partsByFile(Folder dir, Set<String> files) throws IOException {
    Map<String, List<ResourceId>> byFile = new TreeMap<>();
    files.forEach(file -> byFile.put(file, new ArrayList<>()));
    for (MatchResult.Metadata part : dir.folder(PARTS).files()) {
      String name = part.resourceId().getFilename();
      byFile.get(name.substring(0, name.lastIndexOf('.'))).add(part.resourceId());
    }
    return byFile;
  }

  /**
   * Merges the sorted parts of one file into {@code file} in {@code dir}, after its header ("" for none), in bounded
   * memory; a file with no parts is its header alone. Read and written through Beam's file systems, so {@code dir}
   * may be on an object store.
   *
   * @return the number of records written
   */
  public static long mergeFile(Folder dir, String file, String header, List<ResourceId> parts) throws IOException {
    try (OutputStream out = dir.create(file)) {
      return merge(parts, header, out);
    }
  }

  /** Removes the parts, once every file is merged. */
  public static void removeParts(Folder dir) throws IOException {
    dir.folder(PARTS).deleteFiles();
  }

  /** One reader of a part, holding its next entry. */
  private static final class Cursor {
    final DataInputStream in;
    Entry entry;

    Cursor(ResourceId part) throws IOException {
      this.in = new DataInputStream(
          new BufferedInputStream(Channels.newInputStream(FileSystems.open(part)), 1 << 16));
    }

    /** Reads the next entry; false at the end of the part. A part cut short is an error, not an end. */
    boolean advance() throws IOException {
      int first = in.read();
      if (first < 0) {
        in.close();
        return false;
      }
      int keyLength = first << 24 | in.readUnsignedByte() << 16 | in.readUnsignedByte() << 8 | in.readUnsignedByte();
      entry = new Entry(new String(read(keyLength), UTF_8), read(in.readInt()));
      return true;
    }

    private byte[] read(int length) throws IOException {
      byte[] bytes = new byte[length];
      in.readFully(bytes);
      return bytes;
    }
  }

  /** Merges sorted parts into {@code target}; returns the number of records written. */
  private static long merge(List<ResourceId> parts, String header, OutputStream target) throws IOException {
    long records = 0;
    PriorityQueue<Cursor> queue = new PriorityQueue<>((a, b) -> ORDER.compare(a.entry, b.entry));
    try (OutputStream out = new BufferedOutputStream(target, 1 << 16)) {
      out.write(header.getBytes(UTF_8));
      for (ResourceId part : parts) {
        Cursor cursor = new Cursor(part);
        if (cursor.advance()) {
          queue.add(cursor);
        }
      }
      while (!queue.isEmpty()) {
        Cursor next = queue.poll();
        out.write(next.entry.text());
        records++;
        if (next.advance()) {
          queue.add(next);
        }
      }
    }
    return records;
  }
}
