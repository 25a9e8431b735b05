-- The crosswalk goes from units that ended on 30 June 2025 to units that began on 1 July 2025.
select x.from_unit_key, x.to_unit_key
from bridge_unit_crosswalk x
left join dim_unit f on f.unit_key = x.from_unit_key
left join dim_unit t on t.unit_key = x.to_unit_key
where f.unit_key is null or t.unit_key is null
   or f.valid_to is distinct from date '2025-06-30'
   or t.valid_from is distinct from date '2025-07-01'
   or t.unit_type <> 'commune'
