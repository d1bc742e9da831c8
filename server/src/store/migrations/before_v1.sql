-- Indexes that builds before versions made and later replaced; an unversioned database may
-- still have them. Run before v1.sql when upgrading from version 0.
DROP INDEX IF EXISTS rides_occurrence;
DROP INDEX IF EXISTS matches_request;
