-- Every target names a known document, unit, indicator and disaggregation.
select t.target_id, t.document_id, t.scope_unit_key, t.indicator_code, t.disaggregation_code
from fct_target t
left join dim_source_document d using (document_id)
left join dim_unit u on u.unit_key = t.scope_unit_key
left join dim_indicator i using (indicator_code)
left join dim_disaggregation g using (disaggregation_code)
where d.document_id is null or u.unit_key is null or i.indicator_code is null or g.disaggregation_code is null
