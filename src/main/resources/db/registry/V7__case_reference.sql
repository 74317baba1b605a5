-- The number of a case reference (the business key of a routine, DL-<year>-<number>): one
-- sequence for all years, so a reference is unique whatever its year. A start that is refused
-- after taking a number leaves a gap; references are names, not a count.
create sequence case_reference_number start with 1 increment by 1;
