// Benchmark generator: the one report every generated fact rests on.
UNWIND $rows AS row
CREATE (:Report {reportId: row.reportId, agency: row.agency, grade: row.grade, handling: row.handling})
