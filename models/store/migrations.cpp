#include "migrations.h"

namespace {

// Respondents are kept column-wise: one row per wave holding their ids (one
// per line), landlords (uint16 little-endian positions in wave_landlords), QPV
// flags (one byte each) and weights (float64 little-endian); answers likewise
// one blob per wave and question, one byte per respondent. A 40,000-respondent
// wave is then a few dozen rows instead of 1.6 million, which is what makes an
// import several times faster than sqlite3's own .import of the same file.
const char *const Version1[] = {
    R"(CREATE TABLE landlords (
        id INTEGER PRIMARY KEY,
        code TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL DEFAULT ''))",
    R"(CREATE TABLE questions (
        code TEXT PRIMARY KEY,
        position INTEGER NOT NULL,
        theme TEXT NOT NULL,
        label_fr TEXT NOT NULL,
        label_en TEXT NOT NULL DEFAULT '',
        type TEXT NOT NULL CHECK (type IN ('satisfaction4', 'yesno', 'single')),
        parent TEXT,
        is_global INTEGER NOT NULL DEFAULT 0 CHECK (is_global IN (0, 1))))",
    R"(CREATE TABLE question_options (
        question TEXT NOT NULL REFERENCES questions(code) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        code TEXT NOT NULL,
        label_fr TEXT NOT NULL,
        PRIMARY KEY (question, position)))",
    R"(CREATE TABLE waves (
        id INTEGER PRIMARY KEY,
        year INTEGER NOT NULL CHECK (year BETWEEN 1990 AND 2100),
        scope TEXT NOT NULL,
        source_file TEXT NOT NULL,
        sha256 TEXT NOT NULL UNIQUE,
        imported_at TEXT NOT NULL,
        respondent_count INTEGER NOT NULL,
        UNIQUE (year, scope)))",
    R"(CREATE TABLE wave_landlords (
        wave_id INTEGER NOT NULL REFERENCES waves(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        landlord_id INTEGER NOT NULL REFERENCES landlords(id),
        PRIMARY KEY (wave_id, position)))",
    R"(CREATE TABLE respondents (
        wave_id INTEGER PRIMARY KEY REFERENCES waves(id) ON DELETE CASCADE,
        ids TEXT NOT NULL,
        landlords BLOB NOT NULL,
        qpv BLOB NOT NULL,
        weights BLOB NOT NULL))",
    R"(CREATE TABLE answer_columns (
        wave_id INTEGER NOT NULL REFERENCES waves(id) ON DELETE CASCADE,
        question TEXT NOT NULL REFERENCES questions(code),
        position INTEGER NOT NULL,
        type TEXT NOT NULL,
        answers BLOB NOT NULL,
        PRIMARY KEY (wave_id, question)))",
    R"(CREATE TABLE segment_columns (
        wave_id INTEGER NOT NULL REFERENCES waves(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        name TEXT NOT NULL,
        dictionary TEXT NOT NULL,
        codes BLOB NOT NULL,
        PRIMARY KEY (wave_id, position),
        UNIQUE (wave_id, name)))",
    R"(CREATE TABLE published_figures (
        id INTEGER PRIMARY KEY,
        year INTEGER NOT NULL CHECK (year BETWEEN 1990 AND 2100),
        scope TEXT NOT NULL,
        question TEXT NOT NULL REFERENCES questions(code),
        segment TEXT NOT NULL,
        option TEXT NOT NULL DEFAULT '',
        score REAL CHECK (score BETWEEN 0 AND 10),
        pct_satisfied REAL CHECK (pct_satisfied BETWEEN 0 AND 100),
        n INTEGER CHECK (n >= 0),
        source TEXT NOT NULL DEFAULT '',
        UNIQUE (year, scope, question, segment, option)))",
};

// Version 2: derived figures kept per wave, and demo data told apart.
const char *const Version2[] = {
    R"(CREATE TABLE wave_summaries (
        wave_id INTEGER PRIMARY KEY REFERENCES waves(id) ON DELETE CASCADE,
        data BLOB NOT NULL))",
    "ALTER TABLE waves ADD COLUMN is_demo INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE published_figures ADD COLUMN is_demo INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE published_figures ADD COLUMN illustrative INTEGER NOT NULL DEFAULT 0",
};

// Version 3: a wave's respondents, answers and segment codes are stored in
// chunks of consecutive respondents, so that an import writes each chunk as
// it is read instead of holding the whole wave in memory. Earlier waves
// become chunk 0. Landlord and segment positions are those of first
// appearance in the file; wave_landlords.blob_index maps them to the wave's
// own landlord order (NULL: the same as position, as in earlier waves).
// Answers take 4 bits each (two per byte, the first in the low half) when a
// chunk's codes all fit, else a byte as before (bits = 8).
const char *const Version3[] = {
    "ALTER TABLE wave_landlords ADD COLUMN blob_index INTEGER",
    R"(CREATE TABLE respondents_v3 (
        wave_id INTEGER NOT NULL REFERENCES waves(id) ON DELETE CASCADE,
        chunk INTEGER NOT NULL,
        ids TEXT NOT NULL,
        landlords BLOB NOT NULL,
        qpv BLOB NOT NULL,
        weights BLOB NOT NULL,
        PRIMARY KEY (wave_id, chunk)))",
    "INSERT INTO respondents_v3 (wave_id, chunk, ids, landlords, qpv, weights) "
    "SELECT wave_id, 0, ids, landlords, qpv, weights FROM respondents",
    "DROP TABLE respondents",
    "ALTER TABLE respondents_v3 RENAME TO respondents",
    R"(CREATE TABLE answer_columns_v3 (
        wave_id INTEGER NOT NULL REFERENCES waves(id) ON DELETE CASCADE,
        question TEXT NOT NULL REFERENCES questions(code),
        chunk INTEGER NOT NULL,
        position INTEGER NOT NULL,
        type TEXT NOT NULL,
        bits INTEGER NOT NULL CHECK (bits IN (4, 8)),
        answers BLOB NOT NULL,
        PRIMARY KEY (wave_id, question, chunk)))",
    "INSERT INTO answer_columns_v3 (wave_id, question, chunk, position, type, bits, answers) "
    "SELECT wave_id, question, 0, position, type, 8, answers FROM answer_columns",
    "DROP TABLE answer_columns",
    "ALTER TABLE answer_columns_v3 RENAME TO answer_columns",
    R"(CREATE TABLE segment_codes (
        wave_id INTEGER NOT NULL REFERENCES waves(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        chunk INTEGER NOT NULL,
        codes BLOB NOT NULL,
        PRIMARY KEY (wave_id, position, chunk)))",
    "INSERT INTO segment_codes (wave_id, position, chunk, codes) "
    "SELECT wave_id, position, 0, codes FROM segment_columns",
    R"(CREATE TABLE segment_columns_v3 (
        wave_id INTEGER NOT NULL REFERENCES waves(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        name TEXT NOT NULL,
        dictionary TEXT NOT NULL,
        PRIMARY KEY (wave_id, position),
        UNIQUE (wave_id, name)))",
    "INSERT INTO segment_columns_v3 (wave_id, position, name, dictionary) "
    "SELECT wave_id, position, name, dictionary FROM segment_columns",
    "DROP TABLE segment_columns",
    "ALTER TABLE segment_columns_v3 RENAME TO segment_columns",
};

// Version 4: the sample design of a wave (survey-files.md §5): the column
// holding its strata ("bailleur" or a segment column), empty without strata.
const char *const Version4[] = {
    "ALTER TABLE waves ADD COLUMN strata TEXT NOT NULL DEFAULT ''",
};

// Version 5 (PseudonymisedIdsVersion), personal data (issue 18): respondent
// ids are kept only as keyed hashes (HMAC-SHA-256 with a random secret
// created per store, in store_secrets);
// Store::pseudonymiseStoredIds() rewrites the ids of earlier waves in the
// same step. A wave records in notes what the user should know about it
// (columns kept knowingly although they identify people).
const char *const VersionPseudonymisedIds[] = {
    R"(CREATE TABLE store_secrets (
        name TEXT PRIMARY KEY,
        value BLOB NOT NULL))",
    "ALTER TABLE waves ADD COLUMN notes TEXT NOT NULL DEFAULT ''",
};

// Version 6: a wave raked to population margins (survey-files.md section 6)
// keeps the file's weights in respondents and its raked weights here
// (float64 little-endian, in the wave's respondent order), with the margins
// (variable, value, count per line, tab-separated), their file's name and
// sha256, the trimming bounds, and the last pass's factors of each margin
// (JSON array of arrays) that the calibrated standard errors need.
const char *const Version6[] = {
    R"(CREATE TABLE wave_weightings (
        wave_id INTEGER PRIMARY KEY REFERENCES waves(id) ON DELETE CASCADE,
        margins_file TEXT NOT NULL,
        margins_sha256 TEXT NOT NULL,
        margins TEXT NOT NULL,
        trim_lower REAL,
        trim_upper REAL,
        passes INTEGER NOT NULL,
        last_factors TEXT NOT NULL,
        weights BLOB NOT NULL,
        untrimmed BLOB NOT NULL,
        applied_at TEXT NOT NULL))",
};

// Version 7 (checksums): a SHA-256 beside every blob of a wave, the wave's
// summary and the wave's own row (storechecksum.h), checked on every read so
// that damaged bytes are reported instead of changing figures. The existing
// rows get theirs computed right after these statements
// (StoreChecksum::computeAll); an empty checksum never matches.
const char *const VersionChecksums[] = {
    "ALTER TABLE waves ADD COLUMN checksum BLOB NOT NULL DEFAULT x''",
    "ALTER TABLE respondents ADD COLUMN checksum BLOB NOT NULL DEFAULT x''",
    "ALTER TABLE answer_columns ADD COLUMN checksum BLOB NOT NULL DEFAULT x''",
    "ALTER TABLE segment_columns ADD COLUMN checksum BLOB NOT NULL DEFAULT x''",
    "ALTER TABLE segment_codes ADD COLUMN checksum BLOB NOT NULL DEFAULT x''",
    "ALTER TABLE wave_summaries ADD COLUMN checksum BLOB NOT NULL DEFAULT x''",
};

} // namespace

QStringList migrationStep(int version)
{
    switch (version) {
    case 1: return statementList(Version1);
    case 2: return statementList(Version2);
    case 3: return statementList(Version3);
    case 4: return statementList(Version4);
    case PseudonymisedIdsVersion: return statementList(VersionPseudonymisedIds);
    case 6: return statementList(Version6);
    case ChecksumStep: return statementList(VersionChecksums);
    }
    return {};
}
