package crosscheck.run;

import crosscheck.io.Folder;
import crosscheck.io.InputFolder;
import crosscheck.output.OutputFiles;
import crosscheck.pipeline.WriteSortedFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.apache.beam.sdk.io.fs.ResourceId;

/**
 * The run's work once the pipeline has finished, before anything is checked or swapped in: merges each file's sorted
 * parts into it, writes each file made from merged ones (report, spreadsheet) and hashes the input, all of it
 * queued at once on one thread per core (at least two). A made file starts as soon as the files it reads are merged,
 * on the thread that finished the last of them, not after every merge: the spreadsheet, the longest task at the end
 * of a large run, then runs beside the other merges instead of after the slowest of them.
 */
final class Finishing {

  /** What the finishing gave: the number of records merged into each file, and the input's hash. */
  record Result(Map<String, Long> records, String inputHash) {}

  /** A piece of the finishing's work, which may fail with an I/O error. */
  @FunctionalInterface
  private interface Task<T> {
    T run() throws IOException;
  }

  private Finishing() {}

  /**
   * Merges the parts in {@code staging} into the files of {@link OutputFiles#HEADERS}, writes {@code writings}, hashes
   * {@code input}; removes the parts once all is done. Waits for every task; a failure (the first in queue order
   * when several fail) is thrown as it was raised, an I/O error as itself.
   */
  static Result finish(Folder staging, List<OutputFiles.Writing> writings, InputFolder input) throws IOException {
    Map<String, List<ResourceId>> parts = WriteSortedFiles.partsByFile(staging, OutputFiles.HEADERS.keySet());
    List<Runnable> queue = new ArrayList<>();
    Map<String, CompletableFuture<Long>> merged = new LinkedHashMap<>();
    // The files the writings read first, in the writings' order, so that the first writing starts soonest.
    Stream.concat(writings.stream().flatMap(writing -> writing.reads().stream()), parts.keySet().stream())
        .distinct()
        .forEach(file -> merged.put(file, later(() -> WriteSortedFiles.mergeFile(staging, file,
            OutputFiles.HEADERS.get(file), parts.get(file)), queue)));
    List<CompletableFuture<?>> all = new ArrayList<>(merged.values());
    for (OutputFiles.Writing writing : writings) {
      // Registered before anything runs, so that a writing runs on the thread that merged the last file it reads.
      all.add(CompletableFuture.allOf(writing.reads().stream().map(merged::get).toArray(CompletableFuture[]::new))
          .thenRun(() -> {
            try {
              writing.write(counts(merged, writing.reads()));
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          }));
    }
    CompletableFuture<String> inputHash = later(() -> RunReport.inputHash(input), queue);
    all.add(inputHash);
    CompletableFuture<Void> done = CompletableFuture.allOf(all.toArray(CompletableFuture[]::new));
    ExecutorService threads = Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()),
        task -> {
          Thread thread = new Thread(task, "crosscheck-finishing");
          thread.setDaemon(true);
          return thread;
        });
    try {
      queue.forEach(threads::execute);
      joined(done);
    } finally {
      threads.shutdown();
    }
    WriteSortedFiles.removeParts(staging);
    return new Result(counts(merged, merged.keySet()), inputHash.join());
  }

  /** The records merged into each of {@code files}, every one of them merged. */
  private static Map<String, Long> counts(Map<String, CompletableFuture<Long>> merged, Collection<String> files) {
    Map<String, Long> counts = new TreeMap<>();
    files.forEach(file -> counts.put(file, merged.get(file).join()));
    return counts;
  }

  /** A future of {@code task}, which runs when the runnable added to {@code queue} runs. */
  private static <T> CompletableFuture<T> later(Task<T> task, List<Runnable> queue) {
    CompletableFuture<T> result = new CompletableFuture<>();
    queue.add(() -> {
      try {
        result.complete(task.run());
      } catch (Throwable e) {
        // Errors too (out of memory, a file system's missing class): a future never completed would hang the run.
        result.completeExceptionally(e);
      }
    });
    return result;
  }

  /** What a task gave, its failure thrown as raised (an I/O error as itself). */
  private static <T> T joined(CompletableFuture<T> task) throws IOException {
    try {
      return task.join();
    } catch (CompletionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof UncheckedIOException io) {
        throw io.getCause();
      }
      if (cause instanceof IOException io) {
        throw io;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw cause instanceof RuntimeException r ? r : e;
    }
  }
}
