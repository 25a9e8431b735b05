-- Every former commune (and every former district without communes) maps to at least one new unit.
select u.unit_key, u.name_vi
from dim_unit u
where (u.unit_type = 'former_commune'
       or (u.unit_type = 'former_district'
           and not exists (select 1 from dim_unit c where c.parent_unit_key = u.unit_key)))
  and not exists (select 1 from bridge_unit_crosswalk x where x.from_unit_key = u.unit_key)
