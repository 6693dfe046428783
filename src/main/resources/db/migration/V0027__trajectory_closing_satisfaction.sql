-- Satisfaction at closing: a short rating the coach records together with the youth when the
-- trajectory closes (1-10 and whether they would recommend the coaching), until a youth portal asks
-- it directly. Both stay null when the youth did not want to answer or was not reached.
alter table trajectory
    add column satisfaction_score smallint check (satisfaction_score between 1 and 10),
    add column would_recommend    boolean;
