package crosscheck.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.testing.TestPipelineExtension;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The pipeline's own grouping and batching steps. */
@ExtendWith(TestPipelineExtension.class)
class GroupingTest {

  @Test
  void bucketedGroupingGivesEachKeyAllItsValuesOnce(TestPipeline pipeline) {
    // More keys than buckets, so that buckets hold many keys; every key has key-number-of-values values.
    List<KV<String, Integer>> records = new ArrayList<>();
    Map<String, List<Integer>> expected = new TreeMap<>();
    for (int k = 0; k < 1000; k++) {
      for (int v = 0; v <= k % 7; v++) {
        records.add(KV.of("subject-" + k, v));
        expected.computeIfAbsent("subject-" + k, key -> new ArrayList<>()).add(v);
      }
    }
    PCollection<KV<String, Iterable<Integer>>> grouped = pipeline
        .apply(Create.of(records).withCoder(KvCoder.of(StringUtf8Coder.of(), VarIntCoder.of())))
        .apply(GroupByKeyInBuckets.create(4));

    PAssert.that(grouped).satisfies(groups -> {
      Map<String, List<Integer>> actual = new TreeMap<>();
      for (KV<String, Iterable<Integer>> group : groups) {
        List<Integer> values = new ArrayList<>();
        group.getValue().forEach(values::add);
        values.sort(null);
        assertEquals(null, actual.put(group.getKey(), values), "key given twice: " + group.getKey());
      }
      assertEquals(expected, actual);
      return null;
    });
    pipeline.run().waitUntilFinish();
  }

  @Test
  void aValueThatCannotBeDecodedNamesItsKey() {
    // An encoded claim cut short: the first field's length says more bytes follow than there are.
    List<KV<String, byte[]>> bucket = List.of(KV.of("Toyota|revenue|2021", new byte[] {(byte) 0x7f, 'a'}));

    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> GroupIntoBuckets.byKey(List.of(bucket), RecordCoders.CLAIM));
    assertTrue(e.getMessage().contains("Toyota|revenue|2021"), e.getMessage());
  }

  @Test
  void filesAreDealtIntoBatches() {
    List<String> files = IntStream.range(0, 10).mapToObj(i -> "f" + i).toList();

    List<KV<Integer, List<String>>> batches = ReadArticles.inBatches(files, 4);

    assertEquals(List.of(KV.of(0, List.of("f0", "f4", "f8")), KV.of(1, List.of("f1", "f5", "f9")),
        KV.of(2, List.of("f2", "f6")), KV.of(3, List.of("f3", "f7"))), batches);
    assertEquals(List.of(KV.of(0, List.of("f0")), KV.of(1, List.of("f1"))),
        ReadArticles.inBatches(files.subList(0, 2), 8), "never an empty batch");
    assertEquals(List.of(), ReadArticles.inBatches(List.of(), 8));
  }
}
