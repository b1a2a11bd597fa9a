/**
 * The attendance read model: register marks, kept with every version, counted by Elasticsearch
 * aggregations for {@code GET /api/v1/indicators/attendance}, the trends and the falling-behind
 * lists.
 *
 * <h2>Why one document per learner per calendar month</h2>
 *
 * <p>25,000 learners × 380 sessions make 9.5 million marks a year. A document per mark would make
 * 9.5 million top-level documents, each carrying its own copy of the learner id, and an import
 * event of 20,000 rows would be 20,000 index operations. A document per learner per year would
 * rewrite a year of marks (with their history) for every amendment. A calendar month is between the
 * two: about 44 sessions per document, so a year is about 300,000 documents ({@code
 * <learnerId>:<yyyy-MM>}); one import event is one multi-get and one bulk of at most a dozen
 * documents per learner ({@link org.waymark.query.store.DocumentStore#updateAll}); an amendment
 * rewrites one small document; and a query for a period first matches documents by {@code month},
 * so months wholly outside the period are never looked into.
 *
 * <p>Inside the document, {@code marks} holds every version of every session's mark with when it
 * was recorded and, once replaced, superseded: an amendment supersedes the old version and adds a
 * new one, and nothing is removed. The marks are kept in the source only (mapping {@code enabled:
 * false}), in a compact form ({@link org.waymark.query.attendance.StoredMonth}: the recording
 * events once, each mark by day, session, code and recording). What Elasticsearch indexes is {@code
 * layers}, a {@code nested} entry per interval in which mark versions are in force ({@link
 * org.waymark.query.attendance.AttendanceLayer}: the versions recorded at one instant and
 * superseded at another, counted per category, late and marked, in all and up to each day), derived
 * from the marks whenever the document is written and not kept in the source. So {@code asAt} is a
 * filter on the nested layers ({@code recordedAt ≤ asAt < supersededAt}) and the counts are sums
 * over the layers in force, never hand-kept counters (STYLE.md "Projections").
 *
 * <p>Why layers (version 4): a register imported in one go is one layer per month where version 3
 * indexed a nested entry per day version (about 17 per month: 5.1 million Lucene documents a year
 * at 25,000 learners, the largest part of Elasticsearch's indexing work); a period that starts or
 * ends inside a layer's days is counted from the layer's running counts ({@code upTo}). An older
 * index is replaced and replayed at start, see {@link org.waymark.query.config.IndexBootstrap}.
 *
 * <p>Idempotent through the store: each month document carries the position of the last event
 * applied to it and is written with that position as its external version, so a re-delivered or
 * replayed event changes nothing.
 */
package org.waymark.query.attendance;
