package crosscheck;

import crosscheck.io.ArticleReader;
import crosscheck.io.InputFolder;
import crosscheck.io.Sidecar;
import crosscheck.model.Article;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.MatchResult;

/** The five seed articles of {@code input/}, read as the job reads them. */
public final class SeedArticles {

  public static final InputFolder INPUT = InputFolder.at("input");

  private SeedArticles() {}

  public static Sidecar sidecar() {
    return Sidecar.read(INPUT);
  }

  public static List<Article> read() {
    ArticleReader reader = new ArticleReader(sidecar(), 10_000_000);
    List<Article> articles = new ArrayList<>();
    try {
      for (MatchResult.Metadata file : INPUT.articleFiles()) {
        articles.addAll(reader.read(file.resourceId().getFilename(), () -> FileSystems.open(file.resourceId()))
            .articles());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return articles;
  }
}
