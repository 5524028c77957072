package crosscheck.text;

/**
 * A sentence of an article: {@code start} and {@code end} are character offsets into the article text, and
 * {@code paragraph} counts the article's paragraphs from 0.
 */
public record Sentence(int index, int paragraph, int start, int end, String text) {}
