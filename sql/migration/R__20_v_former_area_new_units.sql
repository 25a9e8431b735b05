-- v_former_area_new_units: which new units cover the territory of each former district or province.
-- Grain: one row per (former area, new unit) pair. A target set for a former unit (the former
-- Đức Phổ town, former-district-534) is compared with the union of the new units that cover it.
-- share_from_area: the share of the new unit's former units (by crosswalk weight) that lay in the
-- area; 1 means the new unit lies wholly inside the former area.
create or replace view v_former_area_new_units as
with former_unit_area as (
    -- every crosswalked former unit with the district and province it lay in
    select x.from_unit_key, x.to_unit_key, x.weight,
           case when u.unit_type = 'former_district' then u.unit_key else u.parent_unit_key end as district_key,
           u.province_unit_key
    from bridge_unit_crosswalk x
    join dim_unit u on u.unit_key = x.from_unit_key
),
by_area as (
    select district_key as area_unit_key, to_unit_key, sum(weight) as weight_from_area
    from former_unit_area group by all
    union all
    select province_unit_key, to_unit_key, sum(weight)
    from former_unit_area group by all
),
new_unit_total as (
    select to_unit_key, sum(weight) as weight_total from bridge_unit_crosswalk group by all
),
covered as (
    select a.area_unit_key, a.to_unit_key as new_unit_key,
           round(a.weight_from_area / t.weight_total, 6) as share_from_area
    from by_area a join new_unit_total t using (to_unit_key)
)
select c.area_unit_key, area.name_vi as area_name_vi, c.new_unit_key, nu.name_vi as new_unit_name_vi,
       c.share_from_area, c.share_from_area = 1 as lies_wholly_inside
from covered c
join dim_unit area on area.unit_key = c.area_unit_key
join dim_unit nu on nu.unit_key = c.new_unit_key;
