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
 * <p>Inside the document the marks are a {@code nested} field: each entry is one version of one
 * session's mark with {@code recordedAt} and {@code supersededAt} (absent while current). An
 * amendment sets {@code supersededAt} on the old entry and adds a new one, so {@code asAt} is a
 * filter on the nested entries ({@code recordedAt ≤ asAt < supersededAt}) and the counts are
 * per-category bucket counts of the entries in force, never hand-kept counters (STYLE.md
 * "Projections").
 *
 * <p>Idempotent through the store: each month document carries the position of the last event
 * applied to it and is written with that position as its external version, so a re-delivered or
 * replayed event changes nothing.
 */
package org.waymark.query.attendance;
