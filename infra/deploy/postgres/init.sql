-- The command side's event store uses the database `waymark` (POSTGRES_DB); the query side keeps
-- its tracking tokens in a database of its own.
CREATE DATABASE waymark_query OWNER waymark;
