-- 024_finding_detail_en.sql: a finding's detail in English beside the bokmål one (issue 15:
-- every generated sentence in the user's language). The checks write both on every run, so a
-- finding found before this has its English text from the next run on.
ALTER TABLE finding ADD COLUMN detail_en TEXT;
