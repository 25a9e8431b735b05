-- Derived indicators (dim_indicator_derivation), recomputed from the delivered facts after every
-- ingest: e.g. GEN_NATSTD_SCHOOL_RATE = all general schools at national standard / all general
-- schools, summed over primary, primary-lower-secondary, lower secondary and upper secondary.
-- A derived indicator a feed delivers itself is not derived again for that unit and year.
delete from fct_indicator_value where feed = 'derived';

insert into fct_indicator_value
with source_amount as (
    select v.unit_key, v.school_year, d.indicator_code, v.disaggregation_code, d.component,
           case d.source_component when 'numerator' then v.numerator
                                   when 'denominator' then v.denominator
                                   else v.value end as amount
    from fct_indicator_value v
    join dim_indicator_derivation d on d.source_indicator_code = v.indicator_code
),
summed as (
    select unit_key, school_year, indicator_code, disaggregation_code,
           sum(amount) filter (where component = 'numerator') as numerator,
           sum(amount) filter (where component = 'denominator') as denominator,
           sum(amount) filter (where component = 'value') as value
    from source_amount
    group by all
)
select s.unit_key, s.school_year, s.indicator_code, s.disaggregation_code, s.numerator, s.denominator,
       case when i.kind = 'ratio' then 100 * s.numerator / nullif(s.denominator, 0) else s.value end,
       'derived', 'derived', null, null, getvariable('load_id')
from summed s
join dim_indicator i using (indicator_code)
where not exists (select 1 from fct_indicator_value n
                  where n.unit_key = s.unit_key and n.school_year = s.school_year
                    and n.indicator_code = s.indicator_code and n.disaggregation_code = s.disaggregation_code);
