package org.waymark.query.store;

/**
 * What a projector reads to handle an event, named before its processor's batch is handled, so that
 * the batch's documents are read with one multi-get per index instead of one round trip per event
 * ({@link DocumentStore#readAhead}).
 *
 * <p>A projector implements it next to its handlers. Naming a document is only a hint: a document a
 * handler reads that was not named is fetched when it is read, as before, and a named one it never
 * reads costs one entry of the multi-get. Documents the batch has already changed are always read
 * from the batch's own pending writes, never from what was read ahead. Only models of the
 * projector's own processing group are read ahead (a model has one writer: {@link
 * ReadModel#group()}).
 */
@FunctionalInterface
public interface ReadAhead {
  /**
   * Names, to {@code documents}, each document handling {@code payload} will read; nothing when
   * this projector does not handle it.
   */
  void reads(Object payload, Documents documents);

  /** Where a projector names the documents it will read. */
  @FunctionalInterface
  interface Documents {
    /** The document {@code id} of {@code model}, read as {@code type}. */
    void add(ReadModel model, String id, Class<? extends Positioned> type);
  }
}
