package crosscheck.io;

import java.util.LinkedHashMap;
import java.util.Map;

/** {@code --name=value} command-line flags of the small tools (lookup, corpus generator, checker, plain run). */
public final class Flags {

  private Flags() {}

  /** The flags by name; {@code --help} maps to "true". Throws for anything that is not {@code --name=value}. */
  public static Map<String, String> parse(String[] args) {
    Map<String, String> flags = new LinkedHashMap<>();
    for (String arg : args) {
      if (arg.equals("--help") || arg.equals("-h")) {
        flags.put("help", "true");
      } else if (arg.startsWith("--") && arg.indexOf('=') > 2) {
        flags.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
      } else {
        throw new IllegalArgumentException("not a --name=value flag: " + arg);
      }
    }
    return flags;
  }
}
