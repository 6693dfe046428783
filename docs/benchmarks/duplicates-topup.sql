-- Benchmark only: adds a near-duplicate for one youth in 20 (500 at 10,000 youths): a typo, an
-- accent or hyphen changed, or day and month swapped; half in another organisation of the region.
insert into youth (id, organisation_id, given_names, family_name, preferred_name, date_of_birth, municipality,
                   postcode, education_status, start_qualification, created_by)
select gen_random_uuid(),
       case when n % 40 = 0 then (select o.id from organisation o where o.kind = 'COACHING' and o.id <> y.organisation_id
                                   order by o.id limit 1)
            else y.organisation_id end,
       y.given_names,
       case when n % 3 = 0 then left(y.family_name, length(y.family_name) - 1) || 'h'
            when n % 3 = 1 then replace(y.family_name, ' ', '-')
            else upper(left(y.family_name, 1)) || lower(substr(y.family_name, 2)) end,
       null,
       case when n % 2 = 0 and extract(day from y.date_of_birth) <= 12
            then make_date(cast(extract(year from y.date_of_birth) as int), cast(extract(day from y.date_of_birth) as int),
                           cast(extract(month from y.date_of_birth) as int))
            else y.date_of_birth end,
       y.municipality, y.postcode, y.education_status, y.start_qualification, y.created_by
  from (select y.*, row_number() over (order by y.id) as n from youth y where y.merged_into_id is null) y
 where n % 20 = 0;
analyze youth;
