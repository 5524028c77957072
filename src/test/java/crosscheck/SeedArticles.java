package crosscheck;

import crosscheck.io.ArticleReader;
import crosscheck.io.InputFolder;
import crosscheck.io.Sidecar;
import crosscheck.model.Article;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The five seed articles of {@code input/}, read as the job reads them. */
public final class SeedArticles {

  public static final Path INPUT = Path.of("input");

  private SeedArticles() {}

  public static Sidecar sidecar() {
    return Sidecar.read(INPUT);
  }

  public static List<Article> read() {
    ArticleReader reader = new ArticleReader(sidecar(), 10_000_000);
    List<Article> articles = new ArrayList<>();
    try {
      for (String name : InputFolder.articleFiles(INPUT)) {
        Path file = Path.of(name);
        articles.addAll(reader.read(file.getFileName().toString(), () -> FileChannel.open(file)).articles());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return articles;
  }
}
