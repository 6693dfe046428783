-- pgbench: the coarse candidate selection for a place (coordinator scope: the whole region), as PlaceMatching runs it.
select m.youth_id from match_pool m
 where m.organisation_id in (select so.id from organisation so where so.region = 'Haaglanden')
   and m.date_of_birth <= current_date - 6575 and (not false or m.start_qualification <> 'NO')
   and (m.latitude is null or (m.latitude between 52.02 - 0.19 and 52.02 + 0.19 and m.longitude between 4.43 - 0.31 and 4.43 + 0.31))
 order by (3.0::float8 * case when m.interest_mask & 2 <> 0 then 1.0::float8 when not m.has_scan then 0.5::float8 else 0.0::float8 end
         + 3.0::float8 * case when m.latitude is null then 0.3::float8
              else greatest(0.1::float8, 1.0::float8 - (5.0::float8 + 2.6::float8 * sqrt(((m.latitude - 52.02) * 111.2::float8) ^ 2
                   + ((m.longitude - 4.43) * 68.5::float8) ^ 2)) / 60.0::float8) end
         + 2.0::float8 * case when m.needs_support then 1.0::float8 else 0.5::float8 end) desc, m.youth_id
 limit 100;
