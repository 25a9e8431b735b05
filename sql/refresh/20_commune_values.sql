-- fct_indicator_value_commune: every indicator on the 96 new communes, every year.
--   from 2025: the commune's schools and its own rows (population denominators), summed;
--   before 2025: its former communes through bridge_unit_crosswalk, counts and numerators/denominators
--   multiplied by the crosswalk weight (a split commune contributes its share), rates recomputed.
-- Aggregation follows the catalogue: sum_ratio (rates from summed numerators and denominators),
-- sum (counts), min (levels), not_aggregable (kept only when a single unit contributes).
delete from fct_indicator_value_commune;

insert into fct_indicator_value_commune
with contribution as (
    select case when u.unit_type = 'school' then u.parent_unit_key else u.unit_key end as unit_key,
           v.school_year, v.indicator_code, v.disaggregation_code, v.numerator, v.denominator, v.value,
           1.0 as weight, false as partial, true as native
    from fct_indicator_value v
    join dim_unit u using (unit_key)
    where u.unit_type in ('school', 'commune')
    union all
    select x.to_unit_key, v.school_year, v.indicator_code, v.disaggregation_code, v.numerator, v.denominator,
           v.value, x.weight, x.is_partial_split, false
    from fct_indicator_value v
    join bridge_unit_crosswalk x on x.from_unit_key = v.unit_key
)
select c.unit_key, c.school_year, c.indicator_code, c.disaggregation_code,
       case when i.aggregation = 'sum_ratio' then sum(c.numerator * c.weight) end,
       case when i.aggregation = 'sum_ratio' then sum(c.denominator * c.weight) end,
       case i.aggregation
         when 'sum_ratio' then 100 * sum(c.numerator * c.weight) / nullif(sum(c.denominator * c.weight), 0)
         when 'sum' then sum(c.value * c.weight)
         when 'min' then min(c.value)
         else case when count(*) = 1 then any_value(c.value) end
       end,
       case when bool_and(c.native) then 'native' when bool_or(c.partial) then 'apportioned' else 'rebased' end,
       count(*),
       getvariable('load_id')
from contribution c
join dim_indicator i using (indicator_code)
group by c.unit_key, c.school_year, c.indicator_code, c.disaggregation_code, i.aggregation;
