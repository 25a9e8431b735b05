-- v_target_issue: targets that break the rules of the plans or contradict themselves.
-- Grain: one row per (issue, target[, related target]). Every row says why, in Vietnamese and English.
--   below_province_target   a local target less demanding than the province's for the same indicator
--                           (seed 000 part V.2: chỉ tiêu "không thấp hơn mặt bằng chung")
--   count_percent_mismatch  counts printed beside a percentage that do not give that percentage
--   part_exceeds_whole      a stated part larger than its whole (solid rooms > all rooms)
--   components_contradict   a rate target that its own count targets contradict
--   conflicting_targets     two documents setting different targets for the same thing
create or replace view v_target_issue as
with target as (
    select t.*, i.direction, i.unit, i.name_vi as indicator_name_vi, i.name_en as indicator_name_en
    from fct_target t join dim_indicator i using (indicator_code)
),
province_target as (
    select * from target where scope_unit_key = 'new-province-51'
),
below_province as (
    select 'below_province_target' as issue_code, l.target_id, p.target_id as related_target_id,
           format('Mục tiêu "{}" của {} ({}{:g}) thấp hơn mục tiêu của tỉnh ({}{:g}); Kế hoạch của tỉnh yêu cầu hệ thống chỉ tiêu "không thấp hơn mặt bằng chung"',
                  l.indicator_name_vi, u.name_vi, l.comparator, l.target_value, p.comparator, p.target_value) as reason_vi,
           format('Local target for {} ({}{:g}) is below the province target ({}{:g}); the province plan (seed 000, V.2) requires local targets not lower than the general level',
                  l.indicator_name_en, l.comparator, l.target_value, p.comparator, p.target_value) as reason_en
    from target l
    join province_target p
      on p.indicator_code = l.indicator_code
     and p.disaggregation_code = l.disaggregation_code
     and p.target_year = l.target_year
    join dim_unit u on u.unit_key = l.scope_unit_key
    where l.scope_unit_key <> 'new-province-51'
      and ((l.direction = 'higher_is_better' and l.target_value < p.target_value)
        or (l.direction = 'lower_is_better' and l.target_value > p.target_value))
),
count_percent as (
    select 'count_percent_mismatch', target_id, null,
           format('{}/{} = {:g}% nhưng văn bản ghi {:g}%', stated_numerator::bigint, stated_denominator::bigint,
                  round(100 * stated_numerator / stated_denominator, value_decimals), target_value),
           format('{} of {} is {:g}%, but the document states {:g}%', stated_numerator::bigint, stated_denominator::bigint,
                  round(100 * stated_numerator / stated_denominator, value_decimals), target_value)
    from target
    where unit = 'percent' and stated_denominator > 0
      and abs(100 * stated_numerator / stated_denominator - target_value) > 0.5 * pow(10, -value_decimals) + 1e-9
),
part_whole as (
    select 'part_exceeds_whole', target_id, null,
           format('Phần ({}) lớn hơn tổng ({})', stated_numerator::bigint, stated_denominator::bigint),
           format('The part ({}) is larger than the whole ({})', stated_numerator::bigint, stated_denominator::bigint)
    from target
    where stated_numerator > stated_denominator
),
component_pairs as (
    -- a rate target together with the count targets of its numerator and denominator (same scope and year)
    select r.target_id, r.target_value as rate_value, r.value_decimals,
           n.target_id as numerator_target_id, n.target_value as numerator_value,
           d.target_id as denominator_target_id, d.target_value as denominator_value
    from target r
    join dim_indicator ri on ri.indicator_code = r.indicator_code
    join target n on n.indicator_code = ri.numerator_indicator_code
                 and n.scope_unit_key = r.scope_unit_key and n.target_year = r.target_year
                 and n.disaggregation_code = r.disaggregation_code
    join target d on d.indicator_code = ri.denominator_indicator_code
                 and d.scope_unit_key = r.scope_unit_key and d.target_year = r.target_year
                 and d.disaggregation_code = r.disaggregation_code
),
components as (
    select 'components_contradict', target_id, numerator_target_id,
           format('Chỉ tiêu số lượng {:g}/{:g} = {:g}%, mâu thuẫn với tỷ lệ {:g}%', numerator_value, denominator_value,
                  round(100 * numerator_value / denominator_value, 1), rate_value),
           format('The count targets {:g} of {:g} give {:g}%, contradicting the rate target {:g}%', numerator_value,
                  denominator_value, round(100 * numerator_value / denominator_value, 1), rate_value)
    from component_pairs
    where denominator_value > 0
      and abs(100 * numerator_value / denominator_value - rate_value) > 0.5 * pow(10, -value_decimals) + 1e-9
),
conflicts as (
    select 'conflicting_targets', a.target_id, b.target_id,
           format('Hai văn bản đặt mục tiêu khác nhau: {}{:g} ({}) và {}{:g} ({})', a.comparator, a.target_value,
                  a.document_id, b.comparator, b.target_value, b.document_id),
           format('Two documents set different targets: {}{:g} ({}) and {}{:g} ({})', a.comparator, a.target_value,
                  a.document_id, b.comparator, b.target_value, b.document_id)
    from target a join target b
      on a.scope_unit_key = b.scope_unit_key and a.indicator_code = b.indicator_code
     and a.disaggregation_code = b.disaggregation_code and a.target_year = b.target_year
     and a.target_id < b.target_id
    where a.target_value <> b.target_value or a.comparator <> b.comparator
),
all_issues as (
    select * from below_province
    union all select * from count_percent
    union all select * from part_whole
    union all select * from components
    union all select * from conflicts
)
select i.issue_code, i.target_id, i.related_target_id, t.document_id, t.clause, t.scope_unit_key,
       t.indicator_code, t.disaggregation_code, t.target_year, t.comparator, t.target_value,
       i.reason_vi, i.reason_en, t.quote_vi
from all_issues i join fct_target t using (target_id)
order by i.issue_code, i.target_id;
