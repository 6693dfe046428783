-- Tops the generated 10,000-youth region up to about 50,000 consent records for the partner benchmark:
-- an earlier (no longer current) version for every current consent, and consents of 30% of the youths
-- for four more partner organisations. Run once against the benchmark database (psql -f).
insert into consent_record (id, youth_id, organisation_id, data_category, version, is_current, basis, decision,
                            statute, given_on, given_how, valid_until, recorded_by, recorded_at)
select gen_random_uuid(), youth_id, organisation_id, data_category, 0, false, basis, decision, statute,
       given_on - 365, given_how, valid_until - 365, recorded_by, recorded_at - interval '365 days'
  from consent_record where is_current;

insert into consent_record (id, youth_id, organisation_id, data_category, version, is_current, basis, decision,
                            statute, given_on, given_how, valid_until, recorded_by, recorded_at)
select gen_random_uuid(), y.id, o.id, c.category, 1, true, 'CONSENT', 'GRANTED', null, current_date - 30, 'WRITTEN',
       current_date + 335, y.created_by, now()
  from youth y
 cross join (select id from organisation where name in ('UWV Werkbedrijf Haaglanden', 'Mbo College Hofstad',
                                                         'Woonstichting Hofwijck', 'Jeugdhulp De Overstap')) o
 cross join (values ('BASIC'), ('PLAN')) as c(category)
 where abs(hashtext(y.id::text || o.id::text)) % 10 < 3;

analyze consent_record;
select count(*) as consent_records from consent_record;
