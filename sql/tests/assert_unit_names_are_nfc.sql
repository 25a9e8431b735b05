-- Vietnamese names are stored as NFC with their diacritics, and their match key is filled.
select unit_key, name_vi
from dim_unit
where name_vi <> nfc_normalize(name_vi)
   or short_name_vi <> nfc_normalize(short_name_vi)
   or name_folded is null or name_folded = ''
