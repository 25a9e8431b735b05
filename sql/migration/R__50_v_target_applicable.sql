-- v_target_applicable: which target applies to which unit.
-- Grain: one row per (unit, target). A province target applies to the new province and to every new
-- commune that has no target of its own for the same indicator, disaggregation and year; a target of
-- a former unit (the former Đức Phổ town, former-district-534) is judged on that unit, whose values
-- from 2025 are the union of the new units covering it (v_indicator_value).
create or replace view v_target_applicable as
with province_target as (
    select * from fct_target where scope_unit_key = 'new-province-51'
),
own_target as (
    select * from fct_target where scope_unit_key <> 'new-province-51'
)
select 'new-province-51' as unit_key, t.target_id, 'province target' as applies_as
from province_target t
union all
select u.unit_key, t.target_id, 'province target applied to the commune'
from dim_unit u
cross join province_target t
where u.unit_type = 'commune'
  and not exists (select 1 from own_target o
                  where o.scope_unit_key = u.unit_key and o.indicator_code = t.indicator_code
                    and o.disaggregation_code = t.disaggregation_code and o.target_year = t.target_year)
union all
select scope_unit_key, target_id, 'own target'
from own_target;
