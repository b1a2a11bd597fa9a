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
 * <p>Inside the document, {@code marks} holds every version of every session's mark with {@code
 * recordedAt} and {@code supersededAt} (absent while current): an amendment sets {@code
 * supersededAt} on the old version and adds a new one, and nothing is removed. The marks are kept
 * in the source only (mapping {@code enabled: false}); what Elasticsearch indexes is {@code days},
 * a {@code nested} entry per version of a day ({@link org.waymark.query.attendance.AttendanceDay}:
 * the morning and afternoon categories in force between two instants, and how many are late),
 * derived from the marks whenever the document is written. So {@code asAt} is a filter on the
 * nested days ({@code recordedAt ≤ asAt < supersededAt}) and the counts are per-category bucket
 * counts of the days in force, never hand-kept counters (STYLE.md "Projections"). A day rather than
 * a mark per nested entry halves the Lucene documents (10 million a year at 25,000 learners as
 * marks) and leaves out what no aggregation reads (version 3 of the index; an older index is
 * replaced and replayed at start, see {@link org.waymark.query.config.IndexBootstrap}).
 *
 * <p>Idempotent through the store: each month document carries the position of the last event
 * applied to it and is written with that position as its external version, so a re-delivered or
 * replayed event changes nothing.
 */
package org.waymark.query.attendance;
