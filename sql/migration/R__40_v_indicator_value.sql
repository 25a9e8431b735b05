-- v_indicator_value: any indicator at any level, for any year, computed from numerators and
-- denominators (never by averaging rates), following each indicator's aggregation rule.
-- Grain: one row per unit × school year × indicator × disaggregation. Levels (unit_type):
--   school, former_commune      as delivered
--   commune (the 96 new units)  fct_indicator_value_commune: native from 2025, re-based before
--   former_district, former_province
--                               before 2025 the sum of their former communes; from 2025 the sum of
--                               the new communes covering them (the former Đức Phổ town,
--                               former-district-534, is exactly its 5 new units)
--   new_province                the sum of the new communes, every year
-- comparability: native < rebased < apportioned — the least comparable part decides.
create or replace view v_indicator_value as
with commune_value as (
    select v.*, u.unit_type from fct_indicator_value_commune v join dim_unit u using (unit_key)
),
contribution as (
    -- delivered grains, as they are
    select v.unit_key, u.unit_type, v.school_year, v.indicator_code, v.disaggregation_code,
           v.numerator, v.denominator, v.value, 1.0 as weight, 'native' as comparability
    from fct_indicator_value v join dim_unit u using (unit_key)
    where u.unit_type in ('school', 'former_commune')
    union all
    -- new communes
    select unit_key, 'commune', school_year, indicator_code, disaggregation_code,
           numerator, denominator, value, 1.0, comparability
    from commune_value
    union all
    -- former districts and provinces before the reform: their former communes
    select a.area_key, a.area_type, v.school_year, v.indicator_code, v.disaggregation_code,
           v.numerator, v.denominator, v.value, 1.0, 'native'
    from fct_indicator_value v
    join dim_unit u using (unit_key)
    cross join lateral (select u.parent_unit_key as area_key, 'former_district' as area_type
                        union all select u.province_unit_key, 'former_province') a
    where u.unit_type = 'former_commune'
    union all
    -- former districts and provinces after the reform: the new communes covering them
    select f.area_unit_key, a.unit_type, c.school_year, c.indicator_code, c.disaggregation_code,
           c.numerator, c.denominator, c.value, f.share_from_area,
           case when f.lies_wholly_inside then 'rebased' else 'apportioned' end
    from commune_value c
    join v_former_area_new_units f on f.new_unit_key = c.unit_key
    join dim_unit a on a.unit_key = f.area_unit_key
    where c.comparability = 'native'
    union all
    -- the new province
    select 'new-province-51', 'new_province', school_year, indicator_code, disaggregation_code,
           numerator, denominator, value, 1.0, comparability
    from commune_value
)
select c.unit_key, any_value(c.unit_type) as unit_type, c.school_year, c.indicator_code, c.disaggregation_code,
       case when i.aggregation = 'sum_ratio' then sum(c.numerator * c.weight) end as numerator,
       case when i.aggregation = 'sum_ratio' then sum(c.denominator * c.weight) end as denominator,
       case i.aggregation
         when 'sum_ratio' then 100 * sum(c.numerator * c.weight) / nullif(sum(c.denominator * c.weight), 0)
         when 'sum' then sum(c.value * c.weight)
         when 'min' then min(c.value)
         else case when count(*) = 1 then any_value(c.value) end
       end as value,
       case max(case c.comparability when 'native' then 0 when 'rebased' then 1 else 2 end)
         when 0 then 'native' when 1 then 'rebased' else 'apportioned' end as comparability,
       count(*) as contributing_rows
from contribution c
join dim_indicator i using (indicator_code)
group by c.unit_key, c.school_year, c.indicator_code, c.disaggregation_code, i.aggregation;
