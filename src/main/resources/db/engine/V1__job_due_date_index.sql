-- The job executor asks for the earliest due jobs (jobExecutorAcquireByDueDate, application.yml):
-- with this index PostgreSQL reads them in due order and stops at the few it takes, instead of
-- reading ACT_RU_JOB past every job not yet due (README, "Two or more nodes")
CREATE INDEX DIGITALALAS_IDX_JOB_DUEDATE ON ACT_RU_JOB (DUEDATE_);
