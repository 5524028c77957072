package crosscheck.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import crosscheck.model.Rejection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class SidecarTest {

  private static final String CSV = "file,source,date,url,title\na.txt,Wire,2021-05,,\n";

  @TempDir Path tmp;

  private Sidecar read() {
    return Sidecar.read(InputFolder.at(tmp.toString()));
  }

  private static List<String> rejections(Sidecar sidecar) {
    return sidecar.rejections().stream()
        .map(r -> r.file() + ":" + r.line() + " " + r.stage().label() + " " + r.reason()).toList();
  }

  @Test
  void oneSavedByExcelWithAByteOrderMarkIsRead() throws Exception {
    Files.write(tmp.resolve(Sidecar.FILE_NAME), ("\uFEFF" + CSV).getBytes(UTF_8));
    Sidecar sidecar = read();
    assertEquals(List.of(), rejections(sidecar));
    assertEquals("Wire", sidecar.entryFor("a.txt").source());
  }

  @Test
  void oneInAnotherEncodingIsRejectedByNameAndNotUsed() throws Exception {
    Files.write(tmp.resolve(Sidecar.FILE_NAME), (CSV + "b.txt,Le Caf\u00e9,2021,,\n").getBytes(
        StandardCharsets.ISO_8859_1));
    Sidecar sidecar = read();
    assertEquals(List.of("metadata.csv:0 sidecar not valid UTF-8: malformed byte sequence at byte offset 60 (Latin-1 "
        + "or Windows-1252? save it as UTF-8): not read"), rejections(sidecar));
    assertEquals("", sidecar.entryFor("a.txt").source(), "no row of it is used");
  }

  @Test
  void aFolderIsRejectedByName() throws Exception {
    Files.createDirectories(tmp.resolve(Sidecar.FILE_NAME));
    assertEquals(List.of("metadata.csv:0 sidecar a folder, not a file: not read"), rejections(read()));
  }

  @Test
  @Timeout(10)
  void aNamedPipeIsRejectedWithoutOpeningIt() throws Exception {
    Path fifo = tmp.resolve(Sidecar.FILE_NAME);
    assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo is not available");
    assertEquals(List.of("metadata.csv:0 sidecar not a regular file (a named pipe, a device or a link to nothing): "
        + "not read"), rejections(read()));
  }

  @Test
  void anEmptyOneOrAHeaderWithoutFileSaysWhatIsExpected() throws Exception {
    for (String text : List.of("", "\n\n", "\uFEFF")) {
      Files.writeString(tmp.resolve(Sidecar.FILE_NAME), text);
      List<String> found = rejections(read());
      assertEquals(1, found.size(), text);
      assertEquals(true, found.get(0).startsWith("metadata.csv:0 sidecar empty"), found.get(0));
    }
    assertEquals(List.of("metadata.csv:1 sidecar no 'file' column in the header (expected file,source,date,url,"
        + "title): not read"), rejections(Sidecar.parse("name,source\na.txt,Wire\n")));
    assertEquals(1, Sidecar.parse("file,source,source\na.txt,Wire,Other\n").rejections().size(),
        "a column named twice");
  }

  @Test
  void aFileDescribedTwiceKeepsItsFirstRow() {
    Sidecar sidecar = Sidecar.parse(CSV + "a.txt,Other,2020,,\n,Nobody,,,\n");
    assertEquals("Wire", sidecar.entryFor("a.txt").source());
    assertEquals(List.of("metadata.csv:3 sidecar 'a.txt' is already described on line 2",
        "metadata.csv:4 sidecar no file named in the 'file' column"), rejections(sidecar));
    assertEquals(Rejection.Stage.SIDECAR, sidecar.rejections().get(0).stage());
  }
}
