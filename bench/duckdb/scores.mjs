// The same figures as `satisfecit scores --by landlord --format json`, computed
// by DuckDB from the raw answers (docs/performance.md).
//   node scores.mjs DB --load CSV   load the respondent file into DB once
//   node scores.mjs DB              print the figures as JSON
import { DuckDBInstance } from '@duckdb/node-api';

const [db, flag, csv] = process.argv.slice(2);
const instance = await DuckDBInstance.create(db);
const connection = await instance.connect();
if (flag === '--load') {
    await connection.run(`CREATE OR REPLACE TABLE answers AS SELECT * FROM read_csv('${csv}', delim=';',
        header=true, all_varchar=true)`);
    process.exit(0);
}
// Satisfaction questions of the built-in codebook: all but Q30, Q31, Q32, Q41.
const reader = await connection.runAndReadAll(`
WITH long AS (
    UNPIVOT (SELECT * EXCLUDE (Q30, Q31, Q32, Q41) FROM answers)
    ON COLUMNS('^Q[0-9]+$') INTO NAME code VALUE answer
), valid AS (
    SELECT annee AS year, bailleur AS segment, code,
           CAST(replace(poids, ',', '.') AS DOUBLE) AS w,
           CASE answer WHEN '1' THEN 10 WHEN '2' THEN 7 WHEN '3' THEN 3 WHEN '4' THEN 0 END AS x
    FROM long WHERE answer IN ('1', '2', '3', '4')
), means AS (
    SELECT year, segment, code, sum(w * x) / sum(w) AS m FROM valid GROUP BY ALL
)
SELECT v.year, v.segment, v.code, count(*) AS n, sum(v.w * v.x) / sum(v.w) AS score,
       100 * sum(CASE WHEN v.x >= 7 THEN v.w ELSE 0 END) / sum(v.w) AS pct_satisfied,
       sqrt(count(*) / (count(*) - 1) * sum(power(v.w * (v.x - m.m), 2))) / sum(v.w) AS se,
       power(sum(v.w), 2) / sum(v.w * v.w) AS n_eff
FROM valid v JOIN means m USING (year, segment, code)
GROUP BY ALL ORDER BY v.code, v.segment`);
const rows = reader.getRowObjectsJson().map((r) => ({
    ...r,
    ci_low: Number(r.score) - 1.96 * Number(r.se),
    ci_high: Number(r.score) + 1.96 * Number(r.se),
}));
process.stdout.write(JSON.stringify(rows, null, 1));
