-- Question: Which targets of the plans break the province's rule or contradict themselves, and
--   why — in Vietnamese, for the Department's readers?
-- Câu hỏi: Những mục tiêu nào trong các kế hoạch thấp hơn mặt bằng chung của tỉnh hoặc tự mâu
--   thuẫn, và vì sao?
-- Columns: "Loại vấn đề", "Mã mục tiêu", "Văn bản", "Mục", "Đơn vị", "Chỉ tiêu", "Đối tượng", "Năm", "Mục tiêu", "Lý do", "Trích văn bản", "Mục tiêu liên quan"
--
-- v_target_issue with Vietnamese names and headings. "Mục tiêu" is the target as stated (≥ 38%),
-- "Mục tiêu liên quan" the province or sibling target it is compared with, when there is one.
with issue as (
    select i.*,
           case i.issue_code
             when 'below_province_target' then 'Thấp hơn mục tiêu của tỉnh'
             when 'count_percent_mismatch' then 'Số lượng không khớp với tỷ lệ'
             when 'part_exceeds_whole' then 'Phần lớn hơn tổng'
             when 'components_contradict' then 'Mục tiêu số lượng mâu thuẫn với tỷ lệ'
             when 'conflicting_targets' then 'Các văn bản đặt mục tiêu khác nhau'
             else i.issue_code
           end as issue_vi
    from v_target_issue i
)
select i.issue_vi as "Loại vấn đề",
       i.target_id as "Mã mục tiêu",
       i.document_id || ' — ' || d.title_vi as "Văn bản",
       i.clause as "Mục",
       u.name_vi as "Đơn vị",
       ind.name_vi as "Chỉ tiêu",
       g.name_vi as "Đối tượng",
       i.target_year as "Năm",
       replace(replace(i.comparator, '>=', '≥ '), '<=', '≤ ')
         || format('{:g}', i.target_value) || case when ind.unit = 'percent' then '%' else '' end as "Mục tiêu",
       i.reason_vi as "Lý do",
       i.quote_vi as "Trích văn bản",
       i.related_target_id as "Mục tiêu liên quan"
from issue i
join dim_source_document d using (document_id)
join dim_unit u on u.unit_key = i.scope_unit_key
join dim_indicator ind using (indicator_code)
join dim_disaggregation g using (disaggregation_code)
order by i.issue_code, i.target_id, i.related_target_id nulls first;
