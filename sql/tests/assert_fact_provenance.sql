-- A delivered fact comes from a delivery that is loaded (not refused, not superseded), with its line.
select v.unit_key, v.school_year, v.indicator_code, v.file_id, f.status
from fct_indicator_value v
left join etl_file f using (file_id)
where v.feed <> 'derived' and (f.file_id is null or f.status <> 'loaded' or v.source_line is null)
