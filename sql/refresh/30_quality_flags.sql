-- etl_dq_flag: values that are possible but implausible, loaded and flagged (never rejected).
--   yoy_jump: a year-on-year change far outside the unit's own history — more than 4 times its
--             median absolute yearly change and more than 10 percentage points (rates) or half the
--             previous value (counts); needs at least 3 earlier changes to know the history.
--   incomplete_history: a re-based value of a new commune to which not every former unit contributed.
delete from etl_dq_flag;

insert into etl_dq_flag
with series as (
    select unit_key, school_year, indicator_code, disaggregation_code, value,
           lag(value) over w as previous_value,
           value - lag(value) over w as change
    -- one value per unit and year, as v_indicator_value takes them: the delivered grains (schools,
    -- former communes) and the new communes' values (a new commune's own delivered rows, such as
    -- its population denominators, are part of its value, not a second point of its series)
    from (select v.unit_key, v.school_year, v.indicator_code, v.disaggregation_code, v.value
          from fct_indicator_value v join dim_unit u using (unit_key)
          where v.feed <> 'derived' and u.unit_type in ('school', 'former_commune')
          union all
          select unit_key, school_year, indicator_code, disaggregation_code, value
          from fct_indicator_value_commune)
    window w as (partition by unit_key, indicator_code, disaggregation_code order by school_year)
),
history as (
    select s.*,
           median(abs(change)) over (partition by unit_key, indicator_code, disaggregation_code
                                     order by school_year rows between unbounded preceding and 1 preceding) as typical_change,
           count(change) over (partition by unit_key, indicator_code, disaggregation_code
                               order by school_year rows between unbounded preceding and 1 preceding) as earlier_changes
    from series s
)
select 'yoy_jump', h.unit_key, h.school_year, h.indicator_code, h.disaggregation_code, h.value, h.previous_value,
       h.typical_change,
       format('{} {} {}: {} after {} (change {}, typically {} a year)', h.unit_key, h.indicator_code,
              h.school_year, round(h.value, 2), round(h.previous_value, 2), round(h.change, 2),
              round(h.typical_change, 2)),
       getvariable('load_id')
from history h
join dim_indicator i using (indicator_code)
where h.change is not null and h.earlier_changes >= 3
  and abs(h.change) > 4 * h.typical_change
  and abs(h.change) > case when i.kind = 'ratio' then 10 else 0.5 * abs(h.previous_value) end;

insert into etl_dq_flag
with expected as (
    select to_unit_key as unit_key, count(*) as former_units from bridge_unit_crosswalk group by all
)
select 'incomplete_history', v.unit_key, v.school_year, v.indicator_code, v.disaggregation_code, v.value, null, null,
       format('{} {} {}: re-based from {} of its {} former units', v.unit_key, v.indicator_code, v.school_year,
              v.contributing_units, e.former_units),
       getvariable('load_id')
from fct_indicator_value_commune v
join expected e using (unit_key)
where v.comparability <> 'native' and v.contributing_units < e.former_units;
