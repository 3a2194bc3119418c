-- 025_action_cost.sql: what an action is estimated to cost, in whole NOK, and the budget year
-- it falls in (issue 16: the political summary sums the money per decision). Both optional; a
-- year only with a cost. The history keeps them, so a changed estimate is not overwritten.
ALTER TABLE action ADD COLUMN cost_nok INTEGER CHECK (cost_nok IS NULL OR (cost_nok > 0 AND cost_nok <= 100000000000));
ALTER TABLE action ADD COLUMN cost_year INTEGER CHECK (cost_year IS NULL OR (cost_year >= 2000 AND cost_year <= 2100));
ALTER TABLE action_history ADD COLUMN cost_nok INTEGER;
ALTER TABLE action_history ADD COLUMN cost_year INTEGER;
