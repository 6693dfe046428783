-- pgbench: the coarse selection of places for a youth (age 20, startkwalificatie, interest TECHNOLOGY, nothing else known).
with top as (
    select p.id, p.sector, p.latitude, p.longitude, p.hours_min, p.hours_max, p.start_date,
           p.requires_start_qualification, p.minimum_age, p.requires_driving_licence, p.dutch_level,
           p.requires_conduct_certificate, p.offers_workplace_mentor, p.offers_job_coach
      from place p
     where p.region = 'Haaglanden' and p.open
       and (p.minimum_age is null or p.minimum_age <= 20)
       and (p.latitude is null or (p.latitude between 52.08 - 0.14 and 52.08 + 0.14 and p.longitude between 4.31 - 0.23 and 4.31 + 0.23))
     order by (3.0::float8 * case when p.sector = any ('{TECHNOLOGY}'::text[]) then 1.0::float8 else 0.0::float8 end
             + 3.0::float8 * case when p.latitude is null then 0.3::float8
                  else greatest(0.1::float8, 1.0::float8 - (5.0::float8 + 2.6::float8 * sqrt(((p.latitude - 52.08) * 111.2::float8) ^ 2
                       + ((p.longitude - 4.31) * 68.4::float8) ^ 2)) / 45.0::float8) end
             + 2.0::float8 * 0.5::float8
             + 2.0::float8 * case when p.offers_workplace_mentor or p.offers_job_coach then 0.6::float8 else 0.5::float8 end) desc, p.id
     limit 60)
select top.*, p.title, p.kind, p.municipality, o.name
  from top join place p on p.id = top.id join organisation o on o.id = p.organisation_id;
