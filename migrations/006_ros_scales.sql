-- 006_ros_scales.sql: the risk scales of a municipality's ROS analysis (model/scales.h): the names and
-- meanings of the probability levels A–E and consequence levels 1–5, and the risk level
-- of each cell of the 5×5 matrix. No rows: the defaults. Changes are in the audit trail.

CREATE TABLE ros_scale_level (
    tenant_id       INTEGER NOT NULL REFERENCES tenant (id),
    axis            TEXT NOT NULL CHECK (axis IN ('sannsynlighet', 'konsekvens')),
    level           INTEGER NOT NULL CHECK (level BETWEEN 1 AND 5),
    label           TEXT NOT NULL,
    description     TEXT,
    PRIMARY KEY (tenant_id, axis, level)
)@STRICT@;

CREATE TABLE ros_matrix (
    tenant_id       INTEGER PRIMARY KEY REFERENCES tenant (id),
    cells           TEXT NOT NULL CHECK (length(cells) = 25)
)@STRICT@;
