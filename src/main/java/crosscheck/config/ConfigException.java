package crosscheck.config;

/** A configuration file that cannot be used; the message names the file, the place and what is wrong. */
public class ConfigException extends RuntimeException {
  public ConfigException(String message) {
    super(message);
  }

  public ConfigException(String message, Throwable cause) {
    super(message, cause);
  }
}
